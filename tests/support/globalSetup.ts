/**
 * Vitest global setup: gives this run a folder for the test build of the archive
 * (built lazily, once, by the first test that asks: see testSite.ts) and removes it
 * when the run ends.
 */
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run's folder for the built test site. */
    testSiteRoot: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve('.build/test-site', `run-${process.pid}-${Date.now()}`);
  await mkdir(root, { recursive: true });
  project.provide('testSiteRoot', root);
  return () => rm(root, { recursive: true, force: true });
}

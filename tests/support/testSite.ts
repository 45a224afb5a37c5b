/**
 * The built archive for browser tests: the five seed letters built once per test
 * run through the real build (`scripts/build.ts`, i.e. buildArchive), shared by
 * every test file and worker, and served on a loopback port.
 *
 *   const site = await startSite();   // { baseUrl, distDir, close }
 *
 * Set TEST_SITE_DIST to a built `dist/` to skip the build while iterating.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { serveStatic } from './serveStatic.ts';

const run = promisify(execFile);

export interface TestSite {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  baseUrl: string;
  /** The built site on disk. */
  distDir: string;
  close: () => Promise<void>;
}

/** Letters per search shard in the test site: small, so that searches cross shards. */
export const TEST_SHARD_SIZE = 2;
/** Shards per index bundle in the test site: two, so that searches cross shards within a bundle and bundles. */
export const TEST_SHARDS_PER_BUNDLE = 2;

let built: Promise<string> | undefined;

/** Builds the test site if this run has not yet, and returns its `dist/`. */
export function testSiteDist(): Promise<string> {
  if (process.env.TEST_SITE_DIST) return Promise.resolve(resolve(process.env.TEST_SITE_DIST));
  built ??= buildOnce(inject('testSiteRoot'));
  return built;
}

/** Builds and serves the test site on 127.0.0.1 with a free port. */
export async function startSite(): Promise<TestSite> {
  const distDir = await testSiteDist();
  const server = await serveStatic(distDir);
  return { baseUrl: server.url, distDir, close: server.close };
}

/**
 * One build per run across worker processes: the first to create the lock folder
 * builds; the others wait for its result (the finished `dist/`, or its error).
 */
async function buildOnce(root: string): Promise<string> {
  const dist = join(root, 'dist');
  const failure = join(root, 'build-error.txt');
  try {
    await mkdir(join(root, 'lock'));
  } catch {
    return waitFor(dist, failure);
  }
  try {
    // A child process keeps vitest's environment (NODE_ENV=test, module mocks) out of Astro's build.
    const env = { ...process.env, NODE_ENV: 'production' };
    await run(resolve('node_modules/.bin/tsx'), ['scripts/build.ts', '--seeds', 'seeds', '--out', dist, '--shard-size', String(TEST_SHARD_SIZE), '--shards-per-bundle', String(TEST_SHARDS_PER_BUNDLE)], { env, maxBuffer: 64 << 20 });
    return dist;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const message = `building the test site failed:\n${stdout}${stderr}`;
    await writeFile(failure, message);
    throw new Error(message);
  }
}

async function waitFor(dist: string, failure: string): Promise<string> {
  for (;;) {
    if (existsSync(failure)) throw new Error(await readFile(failure, 'utf8'));
    if (existsSync(join(dist, 'index.html'))) return dist;
    await new Promise((done) => setTimeout(done, 250));
  }
}

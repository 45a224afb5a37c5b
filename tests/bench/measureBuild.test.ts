import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureBuild } from '../../src/bench/measureBuild.ts';

const work = await mkdtemp(join(tmpdir(), 'measure-build-'));

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe.runIf(process.platform === 'linux')('measureBuild', () => {
  it('measures the memory of the build and of the processes it runs, per process and per stage', { timeout: 180_000 }, async () => {
    const build = await measureBuild('seeds', join(work, 'site'), { sampleEveryMs: 10 });
    expect(build.letters).toBe(5);
    const byProcess = build.peakByProcessMB ?? {};
    const byStage = build.peakByStageMB ?? {};

    // The build's Node process, its ingest and validation children, Astro's page build and Pagefind's service were each seen.
    for (const kind of ['build', 'ingest', 'astro', 'pagefind', 'validate']) expect(byProcess[kind]).toBeGreaterThan(5);
    expect(Object.keys(byStage)).toEqual(['ingest', 'pages', 'index', 'validation']);
    // Astro runs in the pages stage only, Pagefind in the index stage only: each stage's peak includes the build process.
    expect(byStage.pages).toBeGreaterThanOrEqual(byProcess.astro!);
    expect(byStage.index).toBeGreaterThanOrEqual(byProcess.pagefind!);
    // Each stage ran its own processes beside the build process: Astro in the pages stage, Pagefind's service in the index stage.
    const during = build.peakByStageAndProcessMB ?? {};
    expect(Object.keys(during.ingest ?? {})).toEqual(expect.arrayContaining(['build', 'ingest']));
    expect(Object.keys(during.pages ?? {})).toEqual(expect.arrayContaining(['build', 'astro']));
    expect(Object.keys(during.index ?? {})).toEqual(expect.arrayContaining(['build', 'pagefind']));
    expect(during.pages).not.toHaveProperty('pagefind');
    // Validation starts beside the index (its processes are seen above); after the index, Pagefind's service is gone.
    expect(during.validation).not.toHaveProperty('pagefind');
    // Each stage's peak is told with the processes alive at it, the build process among them (which others is a
    // race: with five letters, validation can outgrow a Pagefind service that has already finished).
    const atPeak = build.stagePeakByProcessMB ?? {};
    for (const stage of Object.keys(byStage)) {
      expect(atPeak[stage]).toHaveProperty('build');
      expect(Object.values(atPeak[stage] ?? {}).reduce((sum, mb) => sum + mb, 0)).toBeCloseTo(byStage[stage]!, -1);
    }
    // The peak of the sum is no less than any of its parts and no more than all of their peaks together.
    expect(build.peakRssMB).toBeGreaterThanOrEqual(Math.max(...Object.values(byStage), build.peakAfterMB.index!));
    expect(build.peakRssMB).toBeLessThanOrEqual(Object.values(byProcess).reduce((sum, mb) => sum + mb, 0));
  });
});

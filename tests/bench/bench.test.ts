/**
 * The benchmark's quick mode, end to end on 50 synthetic letters, so that
 * `npm run bench` cannot rot: corpus, full build in a child process, index and
 * site size, the one-letter rebuild through the ingest cache, search in Chromium for this
 * archive and stock Pagefind (a few queries), and the results file.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchResult } from '../../src/bench/benchResult.ts';
import { formatTable } from '../../src/bench/formatTable.ts';
import { addSearchToResult, runBench } from '../../src/bench/runBench.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/serveStatic.ts';

const seedsDir = resolve(import.meta.dirname, '../../seeds');
const workDir = await mkdtemp(join(tmpdir(), 'bench-quick-'));

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('npm run bench -- --quick', () => {
  it('builds 50 synthetic letters and writes their measurements', { timeout: 600_000 }, async () => {
    const resultsDir = join(workDir, 'results');
    const search = { launchBrowser, serve: serveStatic, substrings: 6, coldQueries: 4 };
    const { result, file } = await runBench({ letters: 50, seed: 5, seedsDir, workDir, resultsDir, search });

    expect(file).toBe(join(resultsDir, '50.json'));
    const written = JSON.parse(await readFile(file, 'utf8')) as BenchResult;
    expect(written).toEqual(result);

    expect(result.letters).toBe(50);
    expect(result.commit).toMatch(/^[0-9a-f]{7,}(?:\+dirty)?$/);
    expect(result.blocks).toBeGreaterThan(50 * 3);
    const { build } = result;
    for (const stage of [build.ingestSeconds, build.pagesSeconds, build.indexSeconds]) expect(stage).toBeGreaterThan(0);
    expect(build.totalSeconds).toBeGreaterThanOrEqual(build.ingestSeconds + build.pagesSeconds + build.indexSeconds - 0.05);
    // A Node process running Astro and Pagefind needs tens of megabytes at least, and far less than the machine.
    expect(build.peakRssMB).toBeGreaterThan(50);
    expect(build.peakRssMB).toBeLessThan(result.machine.memoryGB * 1024);
    // The running peak never falls from one stage to the next, and the overall peak covers it.
    const { ingest, pages, index } = build.peakAfterMB ?? {};
    expect(ingest).toBeGreaterThan(0);
    expect(pages).toBeGreaterThanOrEqual(ingest!);
    expect(index).toBeGreaterThanOrEqual(pages!);
    expect(build.peakRssMB).toBeGreaterThanOrEqual(index! - 1);
    expect(result.index.files).toBeGreaterThan(1);
    expect(result.index.bytes).toBeGreaterThan(10_000);

    // Adding one letter re-ingests that letter only, and the rebuild is timed end to end. (Which ingest is faster is
    // the bench's to say: at 50 letters both are mostly the start of the child processes, and a loaded machine reorders them.)
    expect(result.incremental).toMatchObject({ letters: 51, reingested: 1 });
    expect(result.addOneLetter?.seconds).toBeGreaterThan(0);
    expect(result.addOneLetter?.ofFullBuild).toBeGreaterThan(0);

    // The site as a host sees it: every page, API file and index file, the index among them.
    const site = result.site!;
    expect(site.files).toBeGreaterThan(result.index.files + 50);
    expect(site.bytes).toBeGreaterThan(result.index.bytes);
    expect(site.largestFile.bytes).toBeGreaterThan(0);
    expect(site.largestFile.bytes).toBeLessThan(site.bytes);
    expect(result.corpus?.topics).toBeGreaterThan(0);

    // Both engines searched the same built pages in Chromium, and each cold first query fetched something.
    expect(result.search.queries).toBeGreaterThan(6);
    for (const engine of [result.search.archive, result.search.stockPagefind]) {
      expect(engine.precision).toBeGreaterThanOrEqual(0);
      expect(engine.precision).toBeLessThanOrEqual(1);
      expect(engine.recall).toBeGreaterThanOrEqual(0);
      expect(engine.recall).toBeLessThanOrEqual(1);
      expect(engine.medianMs).toBeGreaterThan(0);
      expect(engine.p95Ms).toBeGreaterThanOrEqual(engine.medianMs!);
      expect(engine.firstQueryBytesMedian).toBeGreaterThan(1000);
      expect(engine.firstQueryBytesMax).toBeGreaterThanOrEqual(engine.firstQueryBytesMedian!);
      expect(engine.coldRuns).toBe(4);
    }

    const table = formatTable([result]);
    expect(table).toContain('| 50 letters |');
    expect(table).toContain(`| re-ingested after adding one letter | 1 |`);
    expect(table).toContain(`| archive search: recall | ${(result.search.archive.recall! * 100).toFixed(1)} % |`);
  });

  it('measures the search of the built site apart, without stock Pagefind, into the same result', { timeout: 600_000 }, async () => {
    const resultsDir = join(workDir, 'results');
    const before = JSON.parse(await readFile(join(resultsDir, '50.json'), 'utf8')) as BenchResult;
    const file = await addSearchToResult({ letters: 50, seed: 5, workDir, resultsDir, search: { launchBrowser, serve: serveStatic, substrings: 6, coldQueries: 2, stock: false } });
    const after = JSON.parse(await readFile(file, 'utf8')) as BenchResult;
    expect(after.build).toEqual(before.build);
    expect(after.search.archive.recall).toBe(1);
    expect(after.search.archive.coldRuns).toBe(2);
    expect(after.search.stockPagefind.recall).toBeNull();
    expect(after.search.note).toBe('stock Pagefind not run');
    expect(after.search.measuredAt).toMatch(/^[0-9a-f]{7,}(?:\+dirty)?$/);
  });
});

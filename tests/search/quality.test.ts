/**
 * The search-quality harness on the five seed letters, in Chromium: every hit of
 * this archive's search is a unit containing every term (precision 100%), every
 * such unit is hit, through "show more" (recall 100%), and stock Pagefind over the
 * same built pages does worse on both.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive, type LetterRecord } from '../../src/records/schema.ts';
import { formatQualityTable } from '../../src/search/quality/formatQualityTable.ts';
import { makeQuerySet } from '../../src/search/quality/querySet.ts';
import { runSearchQuality, type QualityReport } from '../../src/search/quality/runSearchQuality.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/serveStatic.ts';
import { testSiteDist } from '../support/testSite.ts';

let browser: Browser;
let records: LetterRecord[];
let report: QualityReport;

beforeAll(async () => {
  const siteDir = await testSiteDist();
  records = Archive.parse(JSON.parse(await readFile(join(siteDir, 'api', 'documents.json'), 'utf8')));
  browser = await launchBrowser();
  report = await runSearchQuality({ records, siteDir, browser, serve: serveStatic, substrings: 48, coldQueries: 8 });
  console.log(formatQualityTable(report));
});

afterAll(async () => {
  await browser?.close();
});

describe('the query set', () => {
  it('draws every kind of query from the records, the same for the same seed', () => {
    const queries = makeQuerySet(records);
    expect(new Set(queries.map((query) => query.kind))).toEqual(new Set(['substring', 'name', 'symbol', 'latin', 'traditional', 'fullwidth', 'absent', 'and']));
    expect(makeQuerySet(records)).toEqual(queries);
    expect(queries.filter((query) => query.kind === 'traditional').every((query) => query.query !== query.expect)).toBe(true);
  });
});

describe("this archive's search", () => {
  it('hits only units that contain every term (precision 100%)', () => {
    const wrong = report.archive.results.filter((result) => result.wrong.length > 0).map((result) => [result.query.query, result.wrong]);
    expect(wrong).toEqual([]);
    expect(report.archive.precision).toBe(1);
  });

  it('hits every unit that contains every term (recall 100%), common terms included', () => {
    const missed = report.archive.results.filter((result) => result.missed.length > 0).map((result) => [result.query.query, result.missed]);
    expect(missed).toEqual([]);
    expect(report.archive.recall).toBe(1);
    // The set must reach past the first page of hits, or "show more" went untested.
    expect(Math.max(...report.archive.results.map((result) => result.expected))).toBeGreaterThan(20);
  });

  it('finds nothing for words absent from the archive', () => {
    const absent = report.archive.results.filter((result) => result.query.kind === 'absent');
    expect(absent.length).toBeGreaterThan(0);
    for (const result of absent) expect([result.expected, result.found]).toEqual([0, 0]);
  });
});

describe('side by side with stock Pagefind', () => {
  it('beats stock Pagefind on precision and recall over the same pages', () => {
    const stock = report.stockPagefind;
    expect(stock).not.toBeNull();
    expect(report.archive.precision).toBeGreaterThan(stock?.precision ?? 1);
    expect(report.archive.recall).toBeGreaterThan(stock?.recall ?? 1);
  });

  it('reports time and bytes of a cold first query for both', () => {
    for (const engine of [report.archive, report.stockPagefind]) {
      expect(engine?.medianMs).toBeGreaterThan(0);
      expect(engine?.firstQueryBytesMedian).toBeGreaterThan(0);
      expect(engine?.firstQueryBytesMax).toBeGreaterThanOrEqual(engine?.firstQueryBytesMedian ?? 0);
    }
  });
});

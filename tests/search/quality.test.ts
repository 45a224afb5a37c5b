/**
 * The search-quality harness on the five seed letters, in Chromium: every hit of
 * this archive's search is a unit matching the query (precision 100%), every
 * such unit is hit, in the page's whole list (recall 100%), and stock Pagefind over the
 * same built pages does worse on both. Read only to their first letters
 * (`maxLetters`), lists are scored on that prefix of the ranked letters.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readApi } from '../../src/build/readApi.ts';
import type { LetterRecord } from '../../src/records/schema.ts';
import { formatQualityTable } from '../../src/search/quality/formatQualityTable.ts';
import { siteLetterChunks, type LetterChunks } from '../../src/search/quality/letterChunks.ts';
import { ANNEX_HEADING, makeQuerySet, type QualityQuery } from '../../src/search/quality/querySet.ts';
import { runSearchQuality, type QualityReport } from '../../src/search/quality/runSearchQuality.ts';
import { letterOf, truthMatcher, type Truth } from '../../src/search/quality/truth.ts';
import { searchEntries } from '../../src/search/searchEntries.ts';
import { simplifiedCharMap } from '../../src/search/simplifiedCharMap.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/serveStatic.ts';
import { testSiteDist } from '../support/testSite.ts';

let browser: Browser;
let siteDir: string;
let records: LetterRecord[];
let letters: LetterChunks;
let report: QualityReport;

beforeAll(async () => {
  siteDir = await testSiteDist();
  records = await readApi(siteDir);
  letters = await siteLetterChunks(siteDir);
  browser = await launchBrowser();
  report = await runSearchQuality({ letters, siteDir, browser, serve: serveStatic, substrings: 48, coldQueries: 8 });
  console.log(formatQualityTable(report));
});

afterAll(async () => {
  await browser?.close();
});

describe('the query set', () => {
  it('draws every kind of query from the records, the same for the same seed', async () => {
    const queries = await makeQuerySet(letters);
    expect(new Set(queries.map((query) => query.kind))).toEqual(new Set(['substring', 'name', 'symbol', 'metadata', 'latin', 'traditional', 'fullwidth', 'absent', 'and', 'exclusion']));
    expect(await makeQuerySet(letters)).toEqual(queries);
    expect(queries.filter((query) => query.kind === 'traditional').every((query) => query.query !== query.expect)).toBe(true);
  });

  it('searches every header field and annex heading whole, and the letters\' own symbols in every spelling', async () => {
    const queries = await makeQuerySet(letters);
    const fields = new Set(queries.filter((query) => query.kind === 'metadata').map((query) => query.field));
    expect(fields).toEqual(new Set(['标题', '发信方', '收信方', '签名', '议程项目', ANNEX_HEADING]));
    const own = queries.filter((query) => query.kind === 'symbol' && query.field === '文号');
    const wide = (text: string) => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
    const spelling = ({ query, expect: printed }: QualityQuery) => {
      const lower = query === printed.toLowerCase() || query === printed.toLowerCase().replace('-', '–');
      return `${printed.includes('-') ? 'joint ' : ''}${query === printed ? 'printed' : query === wide(printed) ? 'full width' : lower ? 'lower case' : query}`;
    };
    expect(new Set(own.map(spelling))).toEqual(new Set(['printed', 'lower case', 'full width', 'joint printed', 'joint lower case', 'joint full width']));
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
    // Without maxLetters every list is read to its end.
    expect([report.maxLetters, report.archive.cutQueries]).toEqual([null, 0]);
    // The set must reach past the first screen's excerpts, or whole lists went untested.
    expect(Math.max(...report.archive.results.map((result) => result.expected))).toBeGreaterThan(20);
    // Header fields are searched like text, and exclusions are scored too.
    for (const kind of ['metadata', 'exclusion'] as const) {
      const scored = report.archive.results.filter((result) => result.query.kind === kind);
      expect(scored.length).toBeGreaterThan(0);
      expect(scored.some((result) => result.expected > 0)).toBe(true);
    }
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
    // Its results are named from their ids through the fragment files: most letters must still be found.
    expect(stock?.recall).toBeGreaterThan(0.5);
  });

  it('reports time and bytes of a cold first query for both', () => {
    for (const engine of [report.archive, report.stockPagefind]) {
      expect(engine?.medianMs).toBeGreaterThan(0);
      expect(engine?.firstQueryBytesMedian).toBeGreaterThan(0);
      expect(engine?.firstQueryBytesMax).toBeGreaterThanOrEqual(engine?.firstQueryBytesMedian ?? 0);
    }
  });
});

describe('lists read only until hits from maxLetters letters are shown', () => {
  let cut: QualityReport;
  let ranks: Map<string, number>;
  let common: QualityQuery;
  let single: QualityQuery;
  let truthOf: (query: QualityQuery) => Truth;

  beforeAll(async () => {
    const queries = await makeQuerySet(letters);
    const matcher = truthMatcher(queries.map((query) => query.expect), simplifiedCharMap());
    for (const record of records) matcher.add(record);
    truthOf = (query) => matcher.truths[queries.indexOf(query)] as Truth;
    // Drawn from the set: one in every seed letter (more than the first screen reads), one in a single letter,
    // the last in search order: the page knows that a list has ended only once it has walked every index bundle.
    const last = searchEntries(records).at(-1)?.url;
    common = queries.find((query) => truthOf(query).letters.size === records.length) as QualityQuery;
    single = queries.find((query) => truthOf(query).letters.size === 1 && truthOf(query).letters.has(last ?? '')) as QualityQuery;
    expect([common, single]).not.toContain(undefined);
    cut = await runSearchQuality({ letters, siteDir, browser, serve: serveStatic, stock: false, coldQueries: 0, maxLetters: 1, queries: [common, single] });
    console.log(formatQualityTable(cut));
    ranks = new Map(searchEntries(records).map((entry, index) => [entry.url, index + 1]));
  });

  const resultFor = (query: string) => cut.archive.results.find((result) => result.query.query === query);

  it('stops before the end of a long list and names the rank of the last letter shown', () => {
    const result = resultFor(common.query);
    expect(result?.cutAtRank).toBeGreaterThanOrEqual(1);
    expect(result?.cutAtRank).toBeLessThan(records.length);
    expect(cut.maxLetters).toBe(1);
    expect(cut.archive.cutQueries).toBe(1);
  });

  it('scores a cut list against the truth within the letters ranked up to that rank', () => {
    const result = resultFor(common.query);
    const last = result?.cutAtRank ?? 0;
    const truth = truthOf(common);
    const within = [...truth.units].filter((url) => (ranks.get(letterOf(url)) ?? Infinity) <= last);
    expect(truth.letters.size).toBe(records.length);
    expect(result?.expected).toBe(within.length);
    expect(result?.expected).toBeLessThan(truth.units.size);
    // Everything shown was right and nothing in those letters was missed: the hits are exactly that prefix's units.
    expect([result?.found, result?.wrong, result?.missed]).toEqual([within.length, [], []]);
    expect(cut.archive.precision).toBe(1);
    expect(cut.archive.recall).toBe(1);
  });

  it('reads a list that ends within maxLetters letters in full, scored against all its truth', () => {
    const result = resultFor(single.query);
    expect(result?.cutAtRank).toBeUndefined();
    expect(result?.expected).toBeGreaterThan(0);
    expect(result?.expected).toBe(truthOf(single).units.size);
  });

  it('says in the table which lists were cut', () => {
    expect(formatQualityTable(cut)).toContain('1 of 2 lists read only until hits from 1 letter were shown');
  });
});

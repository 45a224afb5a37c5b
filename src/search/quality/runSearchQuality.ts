/**
 * The search-quality harness: runs the query set against this archive's search
 * page and against stock Pagefind over the same built pages, in headless Chromium,
 * and scores both against the truth computed from the records.
 *
 * The archive is scored per unit (a hit must be the right block or footnote);
 * stock Pagefind, which finds pages, per letter, counting only letter pages.
 * On a large archive the archive's lists can be read only to their first
 * `maxLetters` letters with hits; such a query is scored on that prefix of the
 * ranked letters (see QueryResult.cutAtRank). Time and bytes come from cold
 * runs made once both engines' lists are scored, engines alternating query by
 * query, so that neither engine's times carry the other's load or the
 * harness's own reading of long lists in another page.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { searchOrder } from '../searchEntries.ts';
import { simplifiedCharMap } from '../simplifiedCharMap.ts';
import { buildStockIndex } from './buildStockIndex.ts';
import { eachLetter, type LetterChunks } from './letterChunks.ts';
import { coldUrl, measureCold, openArchiveSession, openStockSession, type SearchSession } from './measureSearch.ts';
import { makeQuerySet, type QualityQuery, type QuerySetOptions } from './querySet.ts';
import { readFragmentUrls } from './readFragmentUrls.ts';
import { letterOf, truthMatcher, truthWithin, type Truth } from './truth.ts';

/** A static server for a folder, e.g. tests/support/serveStatic.ts. */
export type Serve = (dir: string) => Promise<{ url: string; close: () => Promise<void> }>;

export interface QualityOptions extends QuerySetOptions {
  /** The records the site was built from, read a chunk at a time (e.g. siteLetterChunks: its API's month files). */
  letters: LetterChunks;
  /** The built site (with the archive's index under `pagefind/`). */
  siteDir: string;
  browser: Browser;
  serve: Serve;
  /** Also run stock Pagefind (default true). */
  stock?: boolean;
  /** Use this query set instead of drawing one. */
  queries?: QualityQuery[];
  /** How many queries, spread over the set, are also run cold for time and bytes (default: all). */
  coldQueries?: number;
  /**
   * Read the archive's hits through "show more" only until they come from this
   * many letters (default: every hit). Common queries match thousands of letters
   * on a large archive, and the page reads a few letters a click.
   */
  maxLetters?: number;
  log?: (line: string) => void;
}

export interface QueryResult {
  query: QualityQuery;
  expected: number;
  found: number;
  /** Found but not expected. */
  wrong: string[];
  /** Expected but not found. */
  missed: string[];
  /**
   * Set when the list was read only in part (`maxLetters`): the rank, in the
   * archive's search order from 1, of the last letter with a hit shown (the
   * queried symbol's own letters, listed first, aside). The truth was then
   * restricted to the letters ranked 1 to this and those own letters, so
   * `expected`, `wrong` and `missed` are over what the list had reached.
   */
  cutAtRank?: number;
  /** Cold time and bytes to the first results, for the queries run cold. */
  cold?: { ms: number; bytes: number };
}

export interface EngineReport {
  /** `unit` (block or footnote) or `letter`. */
  granularity: 'unit' | 'letter';
  /** Right finds ÷ all finds, over all queries (1 when nothing was found at all). */
  precision: number;
  /** Right finds ÷ all expected, over all queries (1 when nothing was expected). */
  recall: number;
  /** Cold runs behind the time and byte figures. */
  coldRuns: number;
  /** Queries scored on a prefix of their list (those with `cutAtRank`). */
  cutQueries: number;
  medianMs: number;
  p95Ms: number;
  firstQueryBytesMedian: number;
  firstQueryBytesMax: number;
  results: QueryResult[];
}

export interface QualityReport {
  queries: number;
  /** The `maxLetters` the archive's lists were read to, or null when read in full. */
  maxLetters: number | null;
  archive: EngineReport;
  stockPagefind: EngineReport | null;
}

/** Runs the harness; the stock index is built in a temporary folder and removed afterwards. */
export async function runSearchQuality(options: QualityOptions): Promise<QualityReport> {
  const { letters, siteDir, browser, serve, stock = true, log = () => {} } = options;
  if (options.maxLetters !== undefined && !(Number.isInteger(options.maxLetters) && options.maxLetters > 0)) {
    throw new Error(`maxLetters must be a positive whole number, not ${options.maxLetters}`);
  }
  const started = performance.now();
  const queries = options.queries ?? (await makeQuerySet(letters, options));
  log(`query set: ${queries.length} queries in ${seconds(started)}`);
  const truthStarted = performance.now();
  // One pass: every query's truth, and each letter's place in search order (its date and URL are all that takes).
  const matcher = truthMatcher(queries.map((query) => query.expect), simplifiedCharMap());
  const order: { letterDate: string; url: string }[] = [];
  for await (const record of eachLetter(letters)) {
    matcher.add(record);
    order.push({ letterDate: record.letterDate, url: record.url });
  }
  const truths = matcher.truths;
  const ranks = new Map(searchOrder(order).map((letter, index) => [letter.url, index + 1]));
  log(`truth: ${queries.length} queries over ${order.length} letters in ${seconds(truthStarted)}`);

  const scoring = { queries, truths, ranks, log };
  const cold = spread(queries.length, options.coldQueries ?? queries.length);

  const site = await serve(siteDir);
  const stockDir = stock ? await mkdtemp(join(tmpdir(), 'stock-pagefind-')) : undefined;
  let stockServer: Awaited<ReturnType<Serve>> | undefined;
  try {
    const archive = await score('unit', () => openArchiveSession(browser, site.url, options.maxLetters), scoring);
    let stockPagefind: EngineReport | null = null;
    if (stockDir !== undefined) {
      const indexing = performance.now();
      await buildStockIndex(siteDir, stockDir);
      const urls = await readFragmentUrls(join(stockDir, 'pagefind'));
      log(`stock Pagefind: ${urls.size} pages indexed in ${seconds(indexing)}`);
      stockServer = await serve(stockDir);
      const { url } = stockServer;
      stockPagefind = await score('letter', () => openStockSession(browser, url, urls), scoring);
    }
    // The cold runs come after both engines' lists, with no other page open, a query on one engine and then on the
    // other (which goes first alternating), so that neither's times carry the harness's own work or a changing load.
    const engines = [{ name: 'archive', url: site.url, report: archive }, ...(stockPagefind && stockServer ? [{ name: 'stock', url: stockServer.url, report: stockPagefind }] : [])];
    for (const [turn, index] of cold.entries()) {
      const query = (queries[index] as QualityQuery).query;
      for (const engine of turn % 2 === 0 ? engines : [...engines].reverse()) {
        const run = await measureCold(browser, coldUrl(engine.url, query));
        (engine.report.results[index] as QueryResult).cold = run;
        log(`${engine.name} cold ${JSON.stringify(query)}: ${Math.round(run.ms)} ms, ${run.bytes} B`);
      }
    }
    return { queries: queries.length, maxLetters: options.maxLetters ?? null, archive: withColdFigures(archive), stockPagefind: stockPagefind && withColdFigures(stockPagefind) };
  } finally {
    await site.close();
    await stockServer?.close();
    if (stockDir !== undefined) await rm(stockDir, { recursive: true, force: true });
  }
}

/** The seconds since `since` (a `performance.now()` reading), for the log. */
function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** `count` indexes spread evenly over `0 … length - 1`. */
function spread(length: number, count: number): number[] {
  const step = length / Math.max(1, Math.min(count, length));
  return Array.from({ length: Math.min(count, length) }, (_, index) => Math.floor(index * step));
}

/** The queries with their truth and the letters' ranks (URL → place in search order, from 1). */
interface Scoring {
  queries: QualityQuery[];
  truths: Truth[];
  ranks: ReadonlyMap<string, number>;
  log: (line: string) => void;
}

/** Scores every query's list in one open page of an engine; the time and byte figures are filled in by the cold runs (withColdFigures). */
async function score(granularity: 'unit' | 'letter', open: () => Promise<SearchSession>, { queries, truths, ranks, log }: Scoring): Promise<EngineReport> {
  const started = performance.now();
  const results: QueryResult[] = [];
  const session = await open();
  try {
    for (const [index, query] of queries.entries()) {
      const { urls, complete, self = [] } = await session.find(query.query);
      // A symbol's own letters come first, out of rank order: the rest of a cut list is a prefix of the ranked letters.
      const owners = new Set(self);
      const ranked = urls.filter((url) => !owners.has(letterOf(url)));
      const cutAtRank = complete ? undefined : ranked.reduce((last, url) => Math.max(last, ranks.get(letterOf(url)) ?? 0), 0);
      const shown = (letter: string) => owners.has(letter) || (ranks.get(letter) ?? Infinity) <= (cutAtRank ?? 0);
      const truth = cutAtRank === undefined ? (truths[index] as Truth) : truthWithin(truths[index] as Truth, shown);
      const expected = granularity === 'unit' ? truth.units : truth.letters;
      // Stock Pagefind also finds the home, topic and session pages: only letters are scored.
      const found = new Set(granularity === 'unit' ? urls : urls.filter((url) => url.startsWith('/letters/')));
      const result: QueryResult = {
        query,
        expected: expected.size,
        found: found.size,
        wrong: [...found].filter((url) => !expected.has(url)),
        missed: [...expected].filter((url) => !found.has(url)),
        ...(cutAtRank === undefined ? {} : { cutAtRank }),
      };
      results.push(result);
      const cut = cutAtRank === undefined ? '' : ` in the first ${cutAtRank} letters`;
      // The archive's first wrong and missed hits by name, to find the bug behind them.
      const examples = granularity === 'unit' && result.wrong.length + result.missed.length > 0 ? ` (wrong ${result.wrong.slice(0, 3).join(' ')}; missed ${result.missed.slice(0, 3).join(' ')})` : '';
      log(`${granularity === 'unit' ? 'archive' : 'stock'} ${query.kind} ${JSON.stringify(query.query)}: ${result.found} found, ${result.expected} expected${cut}, ${result.wrong.length} wrong, ${result.missed.length} missed${examples}`);
    }
  } finally {
    await session.close();
  }
  log(`${granularity === 'unit' ? 'archive' : 'stock'}: ${results.length} queries in ${seconds(started)}`);
  const right = results.reduce((sum, result) => sum + result.found - result.wrong.length, 0);
  const found = results.reduce((sum, result) => sum + result.found, 0);
  const expected = results.reduce((sum, result) => sum + result.expected, 0);
  return {
    granularity,
    precision: found === 0 ? 1 : right / found,
    recall: expected === 0 ? 1 : right / expected,
    coldRuns: 0,
    cutQueries: results.filter((result) => result.cutAtRank !== undefined).length,
    medianMs: 0,
    p95Ms: 0,
    firstQueryBytesMedian: 0,
    firstQueryBytesMax: 0,
    results,
  };
}

/** `report` with its time and byte figures taken from its results' cold runs. */
function withColdFigures(report: EngineReport): EngineReport {
  const colds = report.results.flatMap((result) => (result.cold ? [result.cold] : []));
  const ms = colds.map((run) => run.ms);
  const bytes = colds.map((run) => run.bytes);
  return {
    ...report,
    coldRuns: colds.length,
    medianMs: quantile(ms, 0.5),
    p95Ms: quantile(ms, 0.95),
    firstQueryBytesMedian: quantile(bytes, 0.5),
    firstQueryBytesMax: Math.max(0, ...bytes),
  };
}

/** The `q` quantile of `values` (nearest rank); 0 for none. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0);
}

/**
 * Search quality and cost for this archive's search and for stock Pagefind over
 * the same built pages, by the search-quality harness (src/search/quality/) in
 * headless Chromium: precision and recall against truth from the records, median
 * and p95 time to results, and the bytes a cold first query transfers.
 * The browser and static server are passed in, so that this module does not
 * depend on the test support code that provides them.
 */
import type { Browser } from 'playwright-core';
import { siteLetterChunks } from '../search/quality/letterChunks.ts';
import { runSearchQuality, type EngineReport, type Serve } from '../search/quality/runSearchQuality.ts';

export interface SearchScores {
  precision: number | null;
  recall: number | null;
  medianMs: number | null;
  p95Ms: number | null;
  firstQueryBytesMedian: number | null;
  firstQueryBytesMax: number | null;
}

/**
 * Scores with what they were measured on: hits per block (`unit`) or per letter
 * page, the cold runs timed, and the queries scored on their list's first letters only.
 */
export type EngineScores = SearchScores & { granularity?: 'unit' | 'letter'; coldRuns?: number; cutQueries?: number };

export interface SearchComparison {
  archive: EngineScores;
  stockPagefind: EngineScores;
  /** Queries run per engine. */
  queries: number | null;
  /** The archive's lists were read until hits from this many letters were shown (absent: in full). */
  maxLetters?: number;
  /** Why figures are missing, when they are. */
  note?: string;
  /** The commit the search was measured at, where it was measured apart from the build (`npm run bench -- --search-only`). */
  measuredAt?: string;
}

export interface SearchHarness {
  launchBrowser: () => Promise<Browser>;
  serve: Serve;
  /** Random substrings in the query set (the other query kinds scale with it). */
  substrings: number;
  /** How many queries, spread over the set, are also run cold for time and bytes (default: all). */
  coldQueries?: number;
  /** Read the archive's lists only until hits from this many letters are shown (default: in full). */
  maxLetters?: number;
  /** Also index and search the pages with stock Pagefind (default true; its indexer does not fit in memory at 100,000 pages). */
  stock?: boolean;
  /** Progress: a line per query and engine, with its wrong and missed hits. */
  log?: (line: string) => void;
}

const UNMEASURED: SearchScores = {
  precision: null,
  recall: null,
  medianMs: null,
  p95Ms: null,
  firstQueryBytesMedian: null,
  firstQueryBytesMax: null,
};

/** Runs the harness over the site built in `siteDir`, or reports every figure as null when no harness is given. */
export async function measureSearch(siteDir: string, harness: SearchHarness | undefined): Promise<SearchComparison> {
  if (harness === undefined) return { archive: UNMEASURED, stockPagefind: UNMEASURED, queries: null, note: 'search not measured' };
  const letters = await siteLetterChunks(siteDir);
  const browser = await harness.launchBrowser();
  try {
    const report = await runSearchQuality({
      letters,
      siteDir,
      browser,
      serve: harness.serve,
      substrings: harness.substrings,
      ...(harness.coldQueries === undefined ? {} : { coldQueries: harness.coldQueries }),
      ...(harness.maxLetters === undefined ? {} : { maxLetters: harness.maxLetters }),
      ...(harness.log === undefined ? {} : { log: harness.log }),
      stock: harness.stock ?? true,
    });
    return {
      archive: scores(report.archive),
      stockPagefind: report.stockPagefind === null ? UNMEASURED : scores(report.stockPagefind),
      queries: report.queries,
      ...(report.stockPagefind === null ? { note: 'stock Pagefind not run' } : {}),
      ...(report.maxLetters === null ? {} : { maxLetters: report.maxLetters }),
    };
  } finally {
    await browser.close();
  }
}

function scores(engine: EngineReport): EngineScores {
  return {
    granularity: engine.granularity,
    coldRuns: engine.coldRuns,
    cutQueries: engine.cutQueries,
    precision: engine.precision,
    recall: engine.recall,
    medianMs: Math.round(engine.medianMs),
    p95Ms: Math.round(engine.p95Ms),
    firstQueryBytesMedian: engine.firstQueryBytesMedian,
    firstQueryBytesMax: engine.firstQueryBytesMax,
  };
}

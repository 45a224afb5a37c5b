/**
 * Search quality and cost for this archive's search and for stock Pagefind over
 * the same built pages, measured by the search harness in headless Chromium.
 * Until the harness exists, every figure is null and `note` says why, so that
 * the results keep their shape.
 */

export interface SearchScores {
  precision: number | null;
  recall: number | null;
  medianMs: number | null;
  p95Ms: number | null;
  firstQueryBytesMedian: number | null;
  firstQueryBytesMax: number | null;
}

export interface SearchComparison {
  archive: SearchScores;
  stockPagefind: SearchScores;
  /** Queries run per engine. */
  queries: number | null;
  /** Why figures are missing, when they are. */
  note?: string;
}

const UNMEASURED: SearchScores = {
  precision: null,
  recall: null,
  medianMs: null,
  p95Ms: null,
  firstQueryBytesMedian: null,
  firstQueryBytesMax: null,
};

/** Runs the harness over the site built in `siteDir`. */
export async function measureSearch(siteDir: string): Promise<SearchComparison> {
  void siteDir;
  return { archive: UNMEASURED, stockPagefind: UNMEASURED, queries: null, note: 'search harness not available yet' };
}

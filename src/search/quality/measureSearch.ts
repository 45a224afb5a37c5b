/**
 * Running queries in Chromium, two ways:
 * - cold: a new browser context (empty cache) per query, timed in the page from
 *   navigation to the results shown (`#search-results` no longer `aria-busy`), with
 *   the bytes of every request started until then (HTML, CSS, JS, wasm, index
 *   chunks, fragments, texts);
 * - warm: one page kept open, each query run in it, for what the engine finds.
 */
import type { Browser, Page, Request } from 'playwright-core';

export interface ColdMeasurement {
  /** Milliseconds from navigation to the first results shown. */
  ms: number;
  /** Response body bytes up to the first results. */
  bytes: number;
}

/** What an engine found for a query. */
export interface Found {
  /** In the engine's granularity: unit deep links without `?q=`, or page URLs. */
  urls: string[];
  /** False when the list was read only in part: more could be shown. */
  complete: boolean;
  /** Letters listed first, out of rank order, as the queried symbol's own (the archive's symbol queries). */
  self?: string[];
}

/** An open search page that runs queries one after another. */
export interface SearchSession {
  find(query: string): Promise<Found>;
  close(): Promise<void>;
}

/** The URL a cold query for `query` opens: the archive's search page, or stock Pagefind's bare page. */
export function coldUrl(siteUrl: string, query: string): string {
  return `${siteUrl}/search/?q=${encodeURIComponent(query)}`;
}

/** Opens `url` in a fresh context and measures time and bytes to the first results. */
export async function measureCold(browser: Browser, url: string): Promise<ColdMeasurement> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // The page notes the moment its results are shown: Playwright sees it later, by which time a
    // page may have started work that comes after the results (the archive's filter counts).
    await page.addInitScript(noteResultsShown);
    const requests: Request[] = [];
    page.on('requestfinished', (request) => requests.push(request));
    page.on('requestfailed', (request) => requests.push(request));
    await page.goto(url);
    await waitForResults(page);
    const shown = await page.evaluate(() => (window as unknown as { resultsShown: { at: number; ms: number } }).resultsShown);
    // Requests started before the results were shown may still be finishing.
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(
      requests
        .filter((request) => request.timing().startTime <= shown.at)
        .map((request) => request.sizes().then((size) => size.responseBodySize, () => 0)),
    );
    return { ms: shown.ms, bytes: sizes.reduce((sum, size) => sum + size, 0) };
  } finally {
    await context.close();
  }
}

/** Runs in the page before its scripts: records when `#search-results` first stops being busy (epoch ms, and ms since navigation). */
function noteResultsShown(): void {
  const observer = new MutationObserver(() => {
    if (document.querySelector('#search-results')?.getAttribute('aria-busy') !== 'false') return;
    const ms = performance.now();
    (window as unknown as { resultsShown: { at: number; ms: number } }).resultsShown = { at: performance.timeOrigin + ms, ms };
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
}

/**
 * The archive's search page, its own search code driven directly
 * (`archiveSearchAll`, see client/searchPage.ts): each query's whole list of
 * letters, or the list until it holds `maxLetters` letters with hits. The page
 * reads candidate letters in rank order, so a list cut short holds the hits of a
 * prefix of the ranked letters.
 */
export async function openArchiveSession(browser: Browser, siteUrl: string, maxLetters = Infinity): Promise<SearchSession> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}/search/`);
  await waitForResults(page);
  return {
    async find(query) {
      const { units, self, complete } = await page.evaluate(
        ([text, limit]) =>
          (globalThis as unknown as { archiveSearchAll(query: string, extra: string, maxLetters: number): Promise<{ units: string[]; self: string[]; complete: boolean }> }).archiveSearchAll(text, '', limit),
        [query, maxLetters] as const,
      );
      return { urls: units, self, complete };
    },
    close: () => context.close(),
  };
}

/**
 * Stock Pagefind's bare page (see buildStockIndex.ts): every result's page URL,
 * named by `urls` (result id → URL, see readFragmentUrls.ts) from the ids the page returns.
 */
export async function openStockSession(browser: Browser, stockUrl: string, urls: ReadonlyMap<string, string>): Promise<SearchSession> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${stockUrl}/search/?q=`);
  await waitForResults(page);
  return {
    async find(query) {
      const ids = await page.evaluate((text) => (window as unknown as { searchAll: (query: string) => Promise<string[]> }).searchAll(text), query);
      return {
        urls: ids.map((id) => {
          const url = urls.get(id);
          if (url === undefined) throw new Error(`stock Pagefind: result ${id} has no fragment file`);
          return url;
        }),
        complete: true,
      };
    },
    close: () => context.close(),
  };
}

function waitForResults(page: Page): Promise<unknown> {
  return page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
}

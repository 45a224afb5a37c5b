/**
 * One query in a cold browser context (empty cache), timed from navigation to
 * the results shown (`#search-results` no longer `aria-busy`), with the bytes of
 * every response up to then (HTML, CSS, JS, wasm, index chunks, fragments, texts).
 */
import type { Browser, Page } from 'playwright-core';

export interface Measurement {
  /** Milliseconds from navigation to the first results shown. */
  ms: number;
  /** Response body bytes up to the first results. */
  bytes: number;
  /** What the engine found, in the granularity it finds (units for the archive, pages for stock). */
  found: string[];
}

/** The archive's own search page: results through every "show more", as unit deep links (without `?q=`). */
export function measureArchive(browser: Browser, baseUrl: string, query: string): Promise<Measurement> {
  return measure(browser, `${baseUrl}/search/?q=${encodeURIComponent(query)}`, async (page) => {
    while (await page.isVisible('#search-more')) {
      await page.click('#search-more');
      await waitForResults(page);
    }
    const hrefs = await page.locator('#search-results a[data-hit]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    return hrefs.map((href) => href.replace(/\?[^#]*/, ''));
  });
}

/** Stock Pagefind's page (see buildStockIndex.ts): every result's page URL. */
export function measureStock(browser: Browser, stockUrl: string, query: string): Promise<Measurement> {
  return measure(browser, `${stockUrl}/?q=${encodeURIComponent(query)}`, (page) =>
    page.evaluate(() => (window as unknown as { allResultUrls: () => Promise<string[]> }).allResultUrls()),
  );
}

async function measure(browser: Browser, url: string, collect: (page: Page) => Promise<string[]>): Promise<Measurement> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    let counting = true;
    page.on('response', (response) => {
      if (counting) sizes.push(response.request().sizes().then((size) => size.responseBodySize, () => 0));
    });
    const started = performance.now();
    await page.goto(url);
    await waitForResults(page);
    const ms = performance.now() - started;
    counting = false;
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    return { ms, bytes, found: await collect(page) };
  } finally {
    await context.close();
  }
}

function waitForResults(page: Page): Promise<unknown> {
  return page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
}

/**
 * Driving the search page in a browser test: a fresh context per test with its
 * page guard, opening a search and waiting for it, reading the list of letters
 * it shows, and the truth the seeds' records give for a query.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import type { LetterRecord } from '../../src/records/schema.ts';
import { matchesQuery } from '../../src/search/findMatches.ts';
import { recordUnits } from '../../src/search/recordUnits.ts';
import { simplifiedCharMap } from '../../src/search/simplifiedCharMap.ts';
import { splitQuery } from '../../src/search/splitQuery.ts';
import { guardContext, type PageGuard } from '../support/browser.ts';
import { useSiteInBrowser, type SiteInBrowser } from '../support/siteInBrowser.ts';

/** One letter as the list shows it. */
export interface ListedLetter {
  url: string;
  self: boolean;
  facts: string;
  /** Deep links of its excerpts, without `?q=`. */
  excerpts: string[];
  /** The `本信另有 N 处` link, or null. */
  more: string | null;
}

export interface SearchDriver {
  env: SiteInBrowser;
  page(): Page;
  context(): BrowserContext;
  /** Opens `/search/?q=<query><extra>` and waits until its letters are shown. */
  open(query: string, extra?: string): Promise<void>;
  /** Waits until the letters of the search under way are shown. */
  done(): Promise<unknown>;
  /** Waits until the filter panel's counts are shown. */
  counted(): Promise<unknown>;
  /** The letters shown, in order. */
  listed(): Promise<ListedLetter[]>;
  /** Every hit link's href. */
  hitLinks(): Promise<string[]>;
}

/** Sets up the built seeds, Chromium and a guarded context per test; call at the top level of a test file. */
export function useSearchPage(): SearchDriver {
  const env = useSiteInBrowser();
  let context: BrowserContext;
  let guard: PageGuard;
  let page: Page;
  beforeEach(async () => {
    context = await env.browser.newContext();
    guard = await guardContext(context);
    page = await context.newPage();
  });
  afterEach(async () => {
    expect(guard.problems).toEqual([]);
    await context.close();
  });
  const done = () => page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
  return {
    env,
    page: () => page,
    context: () => context,
    done,
    counted: () => page.waitForSelector('#search-filters[aria-busy="false"]', { state: 'attached' }),
    async open(query, extra = '') {
      await page.goto(`${env.site.baseUrl}/search/?q=${encodeURIComponent(query)}${extra}`);
      await done();
    },
    listed: () =>
      page.locator('#search-results .search-letter').evaluateAll((sections) =>
        sections.map((section) => ({
          url: section.querySelector('.search-letter-title a')?.getAttribute('href') ?? '',
          self: section.querySelector('.search-self') !== null,
          facts: section.querySelector('.search-letter-facts')?.textContent ?? '',
          excerpts: [...section.querySelectorAll('a[data-hit]')].map((link) => (link.getAttribute('href') ?? '').replace(/\?[^#]*/, '')),
          more: section.querySelector('.search-letter-all')?.getAttribute('href') ?? null,
        })),
      ),
    hitLinks: () => page.locator('#search-results a[data-hit]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
  };
}

const simplified = simplifiedCharMap();

/** Per letter holding a unit that matches `query` (by the archive's rule, computed from the records), the deep links of those units. */
export function truthOf(records: readonly LetterRecord[], query: string): Map<string, string[]> {
  const parsed = splitQuery(query, simplified);
  const truth = new Map<string, string[]>();
  for (const record of records) {
    const units = recordUnits(record).filter(([, , , , text]) => parsed.terms.length > 0 && matchesQuery(text, parsed, simplified));
    if (units.length > 0) truth.set(record.url, units.map(([id]) => `${record.url}#${id}`));
  }
  return truth;
}

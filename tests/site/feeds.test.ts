/**
 * The Atom feeds, in Chromium: the site's (`/feed.xml`), each topic's and each sender's, each
 * announced by `<link rel="alternate">`, parsed by the browser's XML parser; every
 * entry is one of the listing's newest letters, newest first, with a link that
 * resolves to the letter's page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { agendaTopics } from '../../src/records/agendaTopics.ts';
import { archiveSenders } from '../../src/records/archiveSenders.ts';
import type { LetterRecord } from '../../src/records/schema.ts';
import { FEED_SIZE } from '../../src/components/utils/atomFeed.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

const env = useSiteInBrowser();

interface ParsedFeed {
  /** The XML parser's complaint, or null when the feed is well-formed. */
  error: string | null;
  namespace: string | null;
  title: string | undefined;
  self: string | null | undefined;
  entries: { title: string | undefined; link: string | null | undefined; id: string | undefined; updated: string | undefined; summary: string | undefined }[];
}

/** Fetches a feed from the page's origin and parses it with the browser's XML parser. */
async function readFeed(page: Page, path: string): Promise<ParsedFeed> {
  return page.evaluate(async (feedPath) => {
    const response = await fetch(feedPath);
    const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
    const error = doc.querySelector('parsererror');
    const child = (element: Element, name: string) => [...element.children].find((candidate) => candidate.localName === name);
    const root = doc.documentElement;
    return {
      error: error ? error.textContent : null,
      namespace: root.namespaceURI,
      title: child(root, 'title')?.textContent ?? undefined,
      self: [...root.children].find((element) => element.localName === 'link' && element.getAttribute('rel') === 'self')?.getAttribute('href'),
      entries: [...root.children]
        .filter((element) => element.localName === 'entry')
        .map((entry) => ({
          title: child(entry, 'title')?.textContent ?? undefined,
          link: child(entry, 'link')?.getAttribute('href'),
          id: child(entry, 'id')?.textContent ?? undefined,
          updated: child(entry, 'updated')?.textContent ?? undefined,
          summary: child(entry, 'summary')?.textContent ?? undefined,
        })),
    };
  }, path);
}

/** Checks a feed against the letters of its listing (archive order). */
async function checkFeed(page: Page, path: string, letters: readonly LetterRecord[]): Promise<void> {
  const feed = await readFeed(page, path);
  expect(feed.error, path).toBeNull();
  expect(feed.namespace).toBe('http://www.w3.org/2005/Atom');
  expect(new URL(feed.self as string).pathname, path).toBe(path);
  const newest = letters.slice(-FEED_SIZE).reverse();
  expect(feed.entries.map((entry) => entry.title), path).toEqual(newest.map((record) => record.title));
  for (const [index, entry] of feed.entries.entries()) {
    const record = newest[index] as LetterRecord;
    const link = new URL(entry.link as string);
    expect(link.pathname).toBe(record.url);
    expect(entry.id).toBe(entry.link);
    expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    for (const symbol of record.symbols) expect(entry.summary).toContain(symbol);
    // The entry's link resolves on the site that serves the feed.
    const response = await page.request.get(`${env.site.baseUrl}${link.pathname}`);
    expect(response.status(), `${path} → ${link.pathname}`).toBe(200);
    expect(await response.text()).toContain(`data-letter="${record.id}"`);
  }
}

/** A listing page announces the site's feed and its own (`<listing>feed.xml`), which holds the listing's newest letters. */
async function checkListingFeed(page: Page, listing: string, letters: readonly LetterRecord[]): Promise<void> {
  await page.goto(`${env.site.baseUrl}${listing}`);
  const feeds = await page.$$eval('head link[rel="alternate"][type="application/atom+xml"]', (links) => links.map((link) => link.getAttribute('href')));
  expect(feeds, listing).toEqual(['/feed.xml', `${listing}feed.xml`]);
  await checkFeed(page, `${listing}feed.xml`, letters);
}

describe('Atom feeds', () => {
  it('/feed.xml: the newest letters, announced on every page type', async () => {
    const page = await (await env.browser.newContext()).newPage();
    const topic = agendaTopics(env.records)[0];
    for (const path of ['/', '/topics/', `/topics/${topic?.id}/`, '/sessions/', env.records[0]?.url, '/search/']) {
      await page.goto(`${env.site.baseUrl}${path}`);
      const feeds = await page.$$eval('head link[rel="alternate"][type="application/atom+xml"]', (links) => links.map((link) => link.getAttribute('href')));
      expect(feeds, path).toContain('/feed.xml');
    }
    await checkFeed(page, '/feed.xml', env.records);
    await page.context().close();
  });

  it('each topic’s feed: its letters, announced by its page', async () => {
    const page = await (await env.browser.newContext()).newPage();
    for (const topic of agendaTopics(env.records)) await checkListingFeed(page, `/topics/${topic.id}/`, topic.letters);
    await page.context().close();
  });

  it('each sender’s feed: its letters, announced by its page, with the sender in every summary', async () => {
    const page = await (await env.browser.newContext()).newPage();
    for (const sender of archiveSenders(env.records)) {
      await checkListingFeed(page, `/senders/${sender.slug}/`, sender.letters);
      for (const entry of (await readFeed(page, `/senders/${sender.slug}/feed.xml`)).entries) {
        expect(entry.summary).toContain(sender.letters.find((record) => entry.title === record.title)?.sender.text);
      }
    }
    await page.context().close();
  });
});

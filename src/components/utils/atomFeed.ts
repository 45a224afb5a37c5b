/**
 * An Atom feed (RFC 4287) of the newest letters of a listing: per entry its
 * title, page link, id (the page's URL, stable), date, and a summary naming its
 * symbols, sender and first paragraph. The feed's `updated` is its newest
 * letter's date, not the build's, so that two builds of the same letters agree.
 */
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import type { LetterSummary } from '../../records/letterSummary.ts';
import { letterSummary } from './letterSummary.ts';

/** Entries per feed: the newest letters. */
export const FEED_SIZE = 50;

export interface FeedOptions {
  /** The feed's title, without the site name. */
  title: string;
  /** Path of the listing page the feed follows (`/`, `/topics/ga61-item-17/`). */
  page: string;
  /** Path of the feed itself. */
  self: string;
  /** The site's origin, as Astro.site gives it. */
  site: URL;
}

/** The feed of `letters` (in archive order: date, then id) as an XML document. */
export function atomFeed(letters: readonly LetterSummary[], { title, page, self, site }: FeedOptions): string {
  const newest = letters.slice(-FEED_SIZE).reverse();
  const at = (path: string) => new URL(path, site).href;
  const feed = x('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'zh-CN' }, [
    x('title', `${title} · 联合国中文信函档案`),
    x('id', at(self)),
    x('link', { rel: 'self', type: 'application/atom+xml', href: at(self) }),
    x('link', { rel: 'alternate', type: 'text/html', href: at(page) }),
    x('updated', atomDate(newest[0]?.letterDate ?? '2000-01-01')),
    x('author', [x('name', '联合国中文信函档案')]),
    ...newest.map((letter) =>
      x('entry', [
        x('title', xmlText(letter.title)),
        x('link', { rel: 'alternate', type: 'text/html', href: at(letter.url) }),
        x('id', at(letter.url)),
        x('updated', atomDate(letter.distributionDate ?? letter.letterDate)),
        x('published', atomDate(letter.letterDate)),
        x('summary', xmlText(letterSummary(letter))),
      ]),
    ),
  ]);
  return `<?xml version="1.0" encoding="utf-8"?>\n${toXml(feed, { closeEmptyElements: true })}\n`;
}

/** A date as Atom wants it (RFC 3339, midnight UTC). */
function atomDate(date: string): string {
  return `${date}T00:00:00Z`;
}

/** Text without the control characters XML 1.0 cannot carry at all (not even escaped). */
function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
}

/** The feed as an endpoint's response. */
export function atomFeedResponse(letters: readonly LetterSummary[], options: FeedOptions): Response {
  return new Response(atomFeed(letters, options), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

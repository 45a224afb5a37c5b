/**
 * What each listing page (home, year, sender, topic and session pages, a hundred
 * letters a page) is made of, as a key: the code that renders it, its URL, its
 * props (the letters it lists, the listing's own head), and the agenda topics its
 * letters are filed under, which LetterList links to. A letter added in 2005 changes
 * the pages that list it and the pages after it in each of its listings; a rebuild
 * copies every other listing page from the last build.
 */
import { agendaTopics, topicsOfLetter } from '../records/agendaTopics.ts';
import { archiveSenders } from '../records/archiveSenders.ts';
import type { LetterSummary } from '../records/letterSummary.ts';
import { listingPaths, listingUrl, type ListingEntry } from '../components/utils/listingPaths.ts';
import { siteCodeVersion } from './letterPageKeys.ts';
import { pageKey } from './pageReuse.ts';

/** Each listing page's key, by page URL, from the summaries of every letter (in archive order). */
export function listingPageKeys(letters: LetterSummary[], code = siteCodeVersion(), topics = agendaTopics(letters)): Map<string, string> {
  const entries = listingPaths({ letters, topics, senders: archiveSenders(letters) });
  // A listing's own props (its sender or topic with all its letters, the home page's years) are the same object on
  // each of its pages: hashed once, not once a page.
  const hashes = new WeakMap<object, string>();
  const hashOnce = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    let hash = hashes.get(value);
    if (hash === undefined) hashes.set(value, (hash = pageKey(value)));
    return hash;
  };
  return new Map(
    entries.map((entry) => {
      const url = listingUrl(entry);
      const { page, ...own } = entry.props as ListingEntry['props'] & Record<string, unknown>;
      const filed = page.items.map((letter) => topicsOfLetter(letter, topics).map(({ number, topic }) => [number, topic.id]));
      const listing = Object.entries(own).map(([name, value]) => [name, hashOnce(value)]);
      return [url, pageKey([code, url, page, listing, filed])];
    }),
  );
}

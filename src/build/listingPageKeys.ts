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
import { listingPaths, listingUrl } from '../components/utils/listingPaths.ts';
import { siteCodeVersion } from './letterPageKeys.ts';
import { pageKey } from './pageReuse.ts';

/** Each listing page's key, by page URL, from the summaries of every letter (in archive order). */
export function listingPageKeys(letters: LetterSummary[], code = siteCodeVersion()): Map<string, string> {
  const topics = agendaTopics(letters);
  const entries = listingPaths({ letters, topics, senders: archiveSenders(letters) });
  return new Map(
    entries.map((entry) => {
      const url = listingUrl(entry);
      const filed = entry.props.page.items.map((letter) => topicsOfLetter(letter, topics).map(({ number, topic }) => [number, topic.id]));
      return [url, pageKey([code, url, entry.props, filed])];
    }),
  );
}

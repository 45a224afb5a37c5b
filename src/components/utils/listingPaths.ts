/**
 * The static paths of the paginated listings (home, years, senders, agenda topics,
 * sessions), in one place: the routes take theirs from here, and the build computes
 * from the same entries which listing pages a new letter leaves unchanged (see
 * src/build/listingPageKeys.ts). A listing page renders only from its props and
 * the agenda topics of the letters it lists.
 */
import type { AgendaTopic } from '../../records/agendaTopics.ts';
import type { ArchiveSender } from '../../records/archiveSenders.ts';
import type { LetterSummary } from '../../records/letterSummary.ts';
import { groupBy } from './groupBy.ts';
import { lettersPerYear } from './lettersPerYear.ts';
import { pageHref, paginateList, type ListPage } from './paginateList.ts';

/** What the listings are made from (see siteData.ts). */
export interface ListingData {
  letters: LetterSummary[];
  topics: AgendaTopic<LetterSummary>[];
  senders: ArchiveSender<LetterSummary>[];
}

/** Home: every letter, with the years and the letters per year for the index and timeline. */
export function homePaths({ letters }: ListingData) {
  const years = [...groupBy(letters, (letter) => letter.letterDate.slice(0, 4)).keys()];
  return paginateList(letters, { base: '/', props: { years, perYear: lettersPerYear(letters) } });
}

/** One listing a year. */
export function yearPaths({ letters }: ListingData) {
  return [...groupBy(letters, (letter) => letter.letterDate.slice(0, 4))].flatMap(([year, inYear]) => paginateList(inYear, { base: `/years/${year}/`, params: { year }, props: { year } }));
}

/** One listing a sender. */
export function senderPaths({ senders }: ListingData) {
  return senders.flatMap((sender) => paginateList(sender.letters, { base: `/senders/${sender.slug}/`, params: { sender: sender.slug }, props: { sender } }));
}

/** One listing an agenda topic. */
export function topicPaths({ topics }: ListingData) {
  return topics.flatMap((topic) => paginateList(topic.letters, { base: `/topics/${topic.id}/`, params: { topic: topic.id }, props: { topic } }));
}

/** One listing a General Assembly session, and one (`none`) for letters that name none. */
export function sessionPaths({ letters }: ListingData) {
  return [...groupBy(letters, (letter) => letter.session.generalAssembly)].flatMap(([session, inSession]) => {
    const slug = session === null ? 'none' : String(session);
    return paginateList(inSession, { base: `/sessions/${slug}/`, params: { session: slug }, props: { session } });
  });
}

/** A listing page's entry, as every listing's paths give it. */
export interface ListingEntry {
  props: { page: ListPage<LetterSummary> };
}

/** The URL of a listing page (`/years/2007/page/2/`). */
export function listingUrl({ props: { page } }: ListingEntry): string {
  return pageHref(page.base, page.number);
}

/** Every listing page's entry. */
export function listingPaths(data: ListingData): ListingEntry[] {
  return [...homePaths(data), ...yearPaths(data), ...senderPaths(data), ...topicPaths(data), ...sessionPaths(data)];
}

/**
 * What the search index holds: one entry per letter (one Pagefind page, so that
 * the index the browser loads at start stays as small as stock Pagefind's on the
 * same letters), listing the letter's units in order with what the list of
 * results shows of the letter.
 *
 * Search order is date order, newest first: shards (runs of that order) are then
 * runs of dates, so that the oldest-first list walks the shards backwards.
 */
import { agendaTopics, topicsOfLetter, type AgendaTopic, type TopicLetter } from '../records/agendaTopics.ts';
import type { LetterKind, LetterRecord } from '../records/schema.ts';
import { compareOrder } from './indexLayout.ts';
import { recordUnits, type Part, type SearchUnit } from './recordUnits.ts';

/** The filters of the index, each a list of values a letter carries. */
export interface SearchFilters {
  year: string[];
  topic: string[];
  part: Part[];
  /** The sender's ISO 3166-1 alpha-3 code, where it has one. */
  sender: string[];
  kind: LetterKind[];
  addressee: string[];
}

export interface SearchEntry {
  /** The letter's page, `/letters/<id>/`. */
  url: string;
  title: string;
  date: string;
  /** The letter's own symbols joined by ` `, or empty when it states none. */
  symbols: string;
  /** The sender as the title names it. */
  sender: string;
  units: SearchUnit[];
  filters: SearchFilters;
}

/** The entries of all letters in archive search order (for a whole archive in memory; the build reads one run at a time). */
export function searchEntries(records: readonly LetterRecord[]): SearchEntry[] {
  const topics = agendaTopics(records);
  return searchOrder(records).map((record) => searchEntry(record, topics));
}

/** Letters in archive search order (see compareOrder). */
export function searchOrder<Letter extends Pick<LetterRecord, 'letterDate' | 'url'>>(letters: readonly Letter[]): Letter[] {
  return [...letters].sort((a, b) => compareOrder({ date: a.letterDate, url: a.url }, { date: b.letterDate, url: b.url }));
}

/** One letter's entry; `topics` are the whole archive's (see agendaTopics.ts). */
export function searchEntry<Letter extends TopicLetter>(record: LetterRecord, topics: readonly AgendaTopic<Letter>[]): SearchEntry {
  const { kind, addressees, sender } = record;
  const units = recordUnits(record);
  return {
    url: record.url,
    title: record.title,
    date: record.letterDate,
    symbols: record.symbols.join(' '),
    sender: sender.text,
    units,
    filters: {
      year: [record.letterDate.slice(0, 4)],
      topic: [...new Set(topicsOfLetter(record, topics).map(({ topic }) => topic.title))],
      part: [...new Set(units.map(([, part]) => part))],
      sender: sender.code ? [sender.code] : [],
      kind: [kind],
      addressee: [...new Set(addressees)],
    },
  };
}

/**
 * What the search index holds: one entry per letter (one Pagefind page, so that
 * the index the browser loads at start stays as small as stock Pagefind's on the
 * same letters), listing the letter's citable units in order with what a hit
 * shows of each.
 */
import { agendaTopics, topicsOfLetter } from '../records/agendaTopics.ts';
import type { LetterRecord } from '../records/schema.ts';
import { recordUnits, type Part, type SearchUnit } from './recordUnits.ts';

export interface SearchEntry {
  /** The letter's page, `/letters/<id>/`. */
  url: string;
  title: string;
  date: string;
  /** The letter's symbols joined by ` `, or empty when it states none. */
  symbols: string;
  units: SearchUnit[];
  filters: { year: string[]; topic: string[]; part: Part[] };
}

/** The entries of all letters in archive search order: newest letter first, then by id. */
export function searchEntries(records: readonly LetterRecord[]): SearchEntry[] {
  const topics = agendaTopics(records);
  const newestFirst = [...records].sort((a, b) => b.letterDate.localeCompare(a.letterDate) || a.id.localeCompare(b.id));
  return newestFirst.map((record) => {
    const units = recordUnits(record);
    return {
      url: record.url,
      title: record.title,
      date: record.letterDate,
      symbols: record.symbols.join(' '),
      units,
      filters: {
        year: [record.letterDate.slice(0, 4)],
        topic: [...new Set(topicsOfLetter(record, topics).map(({ topic }) => topic.title))],
        part: [...new Set(units.map(([, part]) => part))],
      },
    };
  });
}

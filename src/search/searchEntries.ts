/**
 * What the search index holds: one entry per citable unit of a letter (every
 * block of the body and the annexes, every footnote), each with the facts a hit
 * shows (letter, date, symbols, annex, paragraph number), its filters and the
 * block's text as printed, from which the page marks the match.
 */
import { agendaTopics, topicsOfLetter } from '../records/agendaTopics.ts';
import type { LetterRecord } from '../records/schema.ts';

/** Where in a letter an entry stands: the three values of the `part` filter. */
export type Part = 'body' | 'annex' | 'footnote';

export interface SearchEntry {
  /** The block's deep link, `<letter url>#<block id>`. */
  url: string;
  /** The block's text as printed. */
  text: string;
  /** What a hit shows; all strings, as Pagefind metadata is. */
  meta: {
    /** The letter's title. */
    title: string;
    /** The letter's page, `/letters/<id>/`: hits are grouped by it. */
    letter: string;
    date: string;
    /** The letter's symbols joined by ` `, or empty when it states none. */
    symbols: string;
    part: Part;
    /** The annex label (`附件一`), empty outside annexes. */
    annex: string;
    /** Printed paragraph number or footnote marker, empty when none is printed. */
    number: string;
    text: string;
  };
  filters: { year: string[]; topic: string[]; part: Part[] };
  /** Archive order: newest letter first, then the letter's own order, as a sortable number. */
  rank: number;
}

/** The entries of all letters, in rank order. */
export function searchEntries(records: readonly LetterRecord[]): SearchEntry[] {
  const topics = agendaTopics(records);
  const newestFirst = [...records].sort((a, b) => b.letterDate.localeCompare(a.letterDate) || a.id.localeCompare(b.id));
  const entries: SearchEntry[] = [];
  for (const record of newestFirst) {
    const topicTitles = [...new Set(topicsOfLetter(record, topics).map(({ topic }) => topic.title))];
    const add = (id: string, text: string, part: Part, annex: string, number: string) =>
      entries.push({
        url: `${record.url}#${id}`,
        text,
        meta: { title: record.title, letter: record.url, date: record.letterDate, symbols: record.symbols.join(' '), part, annex, number, text },
        filters: { year: [record.letterDate.slice(0, 4)], topic: topicTitles, part: [part] },
        rank: entries.length,
      });
    for (const block of record.body) add(block.id, block.text, 'body', '', String(block.number ?? ''));
    for (const annex of record.annexes) {
      for (const block of annex.blocks) add(block.id, block.text, 'annex', annex.label, String(block.number ?? ''));
    }
    for (const footnote of record.footnotes) add(footnote.id, footnote.text, 'footnote', '', footnote.marker);
  }
  return entries;
}

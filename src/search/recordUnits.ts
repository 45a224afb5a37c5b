/**
 * A letter's citable units in reading order, the granularity of search hits:
 * every block of the body, every block of each annex, then every footnote.
 */
import type { LetterRecord } from '../records/schema.ts';

/** Where in a letter a unit stands: the three values of the `part` filter. */
export type Part = 'body' | 'annex' | 'footnote';

/** One citable unit: `[id, part, annex label or '', printed number or marker or '', text as printed]`. */
export type SearchUnit = [id: string, part: Part, annex: string, number: string, text: string];

/** The units of `record`, in order. */
export function recordUnits(record: LetterRecord): SearchUnit[] {
  return [
    ...record.body.map((block): SearchUnit => [block.id, 'body', '', String(block.number ?? ''), block.text]),
    ...record.annexes.flatMap((annex) => annex.blocks.map((block): SearchUnit => [block.id, 'annex', annex.label, String(block.number ?? ''), block.text])),
    ...record.footnotes.map((footnote): SearchUnit => [footnote.id, 'footnote', '', footnote.marker, footnote.text]),
  ];
}

/**
 * A letter's searchable units in reading order, the granularity of search hits:
 * what the letter's header states (its symbols, title, sender, addressees,
 * signatory and agenda items, each a unit linking to the header), then every
 * block of the body, each annex's heading and blocks, then every footnote.
 */
import type { LetterRecord } from '../records/schema.ts';
import { agendaItemNumber } from '../records/agendaItemNumber.ts';

/** Where in a letter a unit stands: the values of the `part` filter. */
export type Part = 'meta' | 'body' | 'annex' | 'footnote';

/**
 * One unit: `[id, part, label, number, text as printed]`. The id is the element
 * a hit links to; the label names the annex (`附件一`) or the header field
 * as the letter page names it (`文号`, `发信方`, `签名`, `议程项目`); the number is a printed paragraph number, a footnote's
 * marker or an agenda item's number, else ''.
 */
export type SearchUnit = [id: string, part: Part, label: string, number: string, text: string];

/** The element of the letter page holding its header, where a header field's hit links. */
export const LETTER_HEAD = 'letter-head';

/** The units of `record`, in order. */
export function recordUnits(record: LetterRecord): SearchUnit[] {
  const { sender, addressees, signatory } = record;
  const head = (label: string, text: string, number = ''): SearchUnit[] => (text === '' ? [] : [[LETTER_HEAD, 'meta', label, number, text]]);
  return [
    ...head('文号', record.symbols.join('-')),
    ...head('标题', record.title),
    ...head('发信方', sender.text),
    ...head('收信方', addressees.join('、')),
    ...head('签名', signatory ? `${signatory.name}${signatory.titles.length > 0 ? `（${signatory.titles.join('、')}）` : ''}` : ''),
    ...record.agendaItems.flatMap((item) => head('议程项目', item.title, agendaItemNumber(item))),
    ...record.body.map((block): SearchUnit => [block.id, 'body', '', String(block.number ?? ''), block.text]),
    ...record.annexes.flatMap((annex) => [
      [`${annex.id}-heading`, 'annex', annex.label, '', annex.heading] satisfies SearchUnit,
      ...annex.blocks.map((block): SearchUnit => [block.id, 'annex', annex.label, String(block.number ?? ''), block.text]),
    ]),
    ...record.footnotes.map((footnote): SearchUnit => [footnote.id, 'footnote', '', footnote.marker, footnote.text]),
  ];
}

/**
 * What the site's listings, feeds, indexes and search order need of a letter, and
 * no more: its head (symbols, dates, title, sender, agenda items…), how many
 * blocks, annexes and footnotes it has, and the start of its first paragraph.
 * The build holds one of these per letter instead of the whole record (a few
 * hundred bytes against tens of kilobytes), so that its memory does not grow with
 * the letters' texts; the texts stay in the record store (recordStore.ts).
 */
import { z } from 'zod';
import { LetterRecord } from './schema.ts';

/** Characters of the first paragraph kept: one more than a feed shows, so that it still knows when to mark a cut. */
export const OPENING_LENGTH = 201;

export const LetterSummary = LetterRecord.pick({
  id: true,
  url: true,
  source: true,
  symbols: true,
  letterDate: true,
  distributionDate: true,
  session: true,
  agendaItems: true,
  title: true,
  kind: true,
  addressees: true,
  sender: true,
  signatory: true,
}).extend({
  /** Blocks of the letter and its annexes. */
  blocks: z.number().int().nonnegative(),
  annexes: z.number().int().nonnegative(),
  footnotes: z.number().int().nonnegative(),
  /** The first OPENING_LENGTH characters of the letter's first paragraph ('' when it has none). */
  opening: z.string(),
});
export type LetterSummary = z.infer<typeof LetterSummary>;

/** The summary of `record`. */
export function summariseLetter(record: LetterRecord): LetterSummary {
  const { id, url, source, symbols, letterDate, distributionDate, session, agendaItems, title, kind, addressees, sender, signatory } = record;
  return {
    id,
    url,
    source,
    symbols,
    letterDate,
    distributionDate,
    session,
    agendaItems,
    title,
    kind,
    addressees,
    sender,
    signatory,
    blocks: record.body.length + record.annexes.reduce((sum, annex) => sum + annex.blocks.length, 0),
    annexes: record.annexes.length,
    footnotes: record.footnotes.length,
    opening: (record.body.find((block) => block.kind === 'paragraph')?.text ?? '').slice(0, OPENING_LENGTH),
  };
}

/**
 * The letter's id: its symbols slugged (`a-61-947-s-2007-339`) when it states any;
 * else its date, its sender's state code and a short hash of its text
 * (`letter-2021-05-15-aze-3f9c2a1b`), so that two letters of one date differ and
 * the same letter given twice collides.
 */
import { createHash } from 'node:crypto';
import { slugify } from './slugify.ts';

export interface LetterIdSource {
  symbols: readonly string[];
  letterDate: string;
  /** The sender's ISO alpha-3 code, null for a UN official. */
  senderCode: string | null;
  /** The letter's whole text, title first. */
  text: string;
}

export function letterId({ symbols, letterDate, senderCode, text }: LetterIdSource): string {
  if (symbols.length > 0) return slugify(symbols.join('-'));
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
  return ['letter', letterDate, senderCode?.toLowerCase(), hash].filter(Boolean).join('-');
}

/**
 * What a citation of a letter starts with, in the UN's own style: its symbols
 * joined by a dash (`A/61/947-S/2007/339`), or, for a letter that states none,
 * its title and date.
 */
import type { LetterRecord } from '../../records/schema.ts';
import { formatDate } from './formatDate.ts';

export function citationBase(letter: Pick<LetterRecord, 'symbols' | 'title' | 'letterDate'>): string {
  return letter.symbols.length > 0 ? letter.symbols.join('-') : `${letter.title}，${formatDate(letter.letterDate)}`;
}

/**
 * A letter in a few lines, for feeds: its symbols (or that it has none), its
 * date, its sender as printed and its first paragraph (at most 200 characters).
 */
import type { LetterSummary } from '../../records/letterSummary.ts';
import { OPENING_LENGTH } from '../../records/letterSummary.ts';
import { formatDate } from './formatDate.ts';

/** Characters of the first paragraph shown: one fewer than a summary keeps, so that a longer paragraph is marked cut. */
const FIRST_PARAGRAPH = OPENING_LENGTH - 1;

export function letterSummary(letter: Pick<LetterSummary, 'symbols' | 'letterDate' | 'sender' | 'opening'>): string {
  const symbols = letter.symbols.length > 0 ? letter.symbols.join('、') : '文号未载明';
  const paragraph = letter.opening;
  const first = paragraph.length > FIRST_PARAGRAPH ? `${paragraph.slice(0, FIRST_PARAGRAPH)}……` : paragraph;
  return [`${symbols}；${formatDate(letter.letterDate)}；${letter.sender.text}`, first].filter(Boolean).join('\n');
}

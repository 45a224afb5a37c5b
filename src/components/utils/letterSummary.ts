/**
 * A letter in a few lines, for feeds: its symbols (or that it has none), its
 * date, its sender as printed and its first paragraph (at most 200 characters).
 */
import type { LetterRecord } from '../../records/schema.ts';
import { formatDate } from './formatDate.ts';

const FIRST_PARAGRAPH = 200;

export function letterSummary(letter: LetterRecord): string {
  const symbols = letter.symbols.length > 0 ? letter.symbols.join('、') : '文号未载明';
  const paragraph = letter.body.find((block) => block.kind === 'paragraph')?.text ?? '';
  const first = paragraph.length > FIRST_PARAGRAPH ? `${paragraph.slice(0, FIRST_PARAGRAPH)}……` : paragraph;
  return [`${symbols}；${formatDate(letter.letterDate)}；${letter.sender.text}`, first].filter(Boolean).join('\n');
}

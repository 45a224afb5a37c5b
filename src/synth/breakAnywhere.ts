/**
 * Breaks a centred heading (a title, an annex heading) over printed lines the way
 * UN documents do: anywhere between two Chinese characters, even inside a name,
 * never inside a Latin or number run nor beside a space, whose place in the
 * rejoined text would then be uncertain.
 */
import type { Random } from './createRandom.ts';
import { columns } from './wrapText.ts';

/** Splits `text` into `lines` pieces of about equal width, each at most `width` columns where a break allows it. */
export function breakAnywhere(text: string, lines: number, width: number, random: Random): string[] {
  const chars = [...text];
  // Columns before each character, and the positions between two characters that are neither ASCII nor space.
  const before = [0];
  for (const char of chars) before.push(before[before.length - 1]! + columns(char));
  const breakable = chars.flatMap((char, index) => (index > 0 && char > '\x7f' && chars[index - 1]! > '\x7f' ? [index] : []));
  const pieces: string[] = [];
  let start = 0;
  for (let line = 1; line < lines; line += 1) {
    const target = before[start]! + (before[chars.length]! - before[start]!) / (lines - line + 1);
    const fits = breakable.filter((at) => at > start && before[at]! - before[start]! <= width);
    const near = fits.filter((at) => Math.abs(before[at]! - target) <= 6);
    const at = near.length > 0 ? random.pick(near) : fits[fits.length - 1];
    if (at === undefined) break;
    pieces.push(chars.slice(start, at).join(''));
    start = at;
  }
  pieces.push(chars.slice(start).join(''));
  return pieces;
}

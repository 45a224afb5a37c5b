/**
 * Letters per year from the first year to the last, years without letters
 * included (a timeline shows the gaps as well as the peaks).
 */
import type { LetterRecord } from '../../records/schema.ts';

export interface YearCount {
  year: number;
  count: number;
}

export function lettersPerYear(letters: readonly Pick<LetterRecord, 'letterDate'>[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const letter of letters) {
    const year = Number(letter.letterDate.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  return Array.from({ length: last - first + 1 }, (_, index) => ({ year: first + index, count: counts.get(first + index) ?? 0 }));
}

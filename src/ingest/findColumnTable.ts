/**
 * Finds a table printed in aligned columns (`日期   时间   地点`): two text lines
 * in a row, each with cells apart by a gap of three spaces or more, which no
 * paragraph, heading or signature of a letter prints. Tables are not read yet,
 * so a letter holding one is refused at its first row rather than published with
 * its rows glued into paragraphs.
 */
import type { SourceLine } from './draft.ts';

/** A gap between two cells: the text layer keeps a column's alignment as a run of spaces. */
const columnGap = /\S {3,}\S/;

/** The first row of the first table among `lines` (letter text, furniture removed), or undefined. */
export function findColumnTable(lines: readonly SourceLine[]): SourceLine | undefined {
  const rows = lines.filter((line) => line.text.trim() !== '');
  return rows.find((line, index) => columnGap.test(line.text) && columnGap.test(rows[index + 1]?.text ?? ''));
}

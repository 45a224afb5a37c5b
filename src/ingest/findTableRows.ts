/**
 * Finds the tables a PDF text layer prints in aligned columns (`日期   时间   地点`):
 * runs of two or more lines, one row each, with cells apart by a gap of three spaces
 * or more, which no paragraph, heading or signature of a letter prints; and the lines
 * that belong to a table but cannot be read as its rows.
 */
import type { TextLine } from './draft.ts';
import { displayWidth } from './displayWidth.ts';

/** A gap between two cells: the text layer keeps a column's alignment as a run of spaces. */
const columnGap = / {3,}/;

/** Whether a line of text holds two cells apart by a column gap. */
export function hasColumnGap(text: string): boolean {
  return columnGap.test(text.trim());
}

/** A row's cells, as printed. */
export function tableCells(text: string): string[] {
  return text.trim().split(columnGap);
}

/**
 * The rows of tables among `lines`, each index mapped to its table's first row: runs of
 * two or more gapped lines, no paragraph gap between them. A page break does not end a
 * table, unless the next page prints the header again: that starts the table's next
 * block, under its own header.
 */
export function findTableRows(lines: readonly Pick<TextLine, 'text' | 'gapBefore' | 'pageStart'>[]): Map<number, number> {
  const rows = new Map<number, number>();
  const runsOn = (line: Pick<TextLine, 'text' | 'gapBefore' | 'pageStart'>, header: string) =>
    hasColumnGap(line.text) && (line.pageStart ? line.text.trim() !== header : line.gapBefore < 2);
  for (let start = 0; start < lines.length; ) {
    let end = start;
    const header = lines[start]!.text.trim();
    while (end < lines.length && (end === start ? hasColumnGap(lines[end]!.text) : runsOn(lines[end]!, header))) end++;
    if (end - start >= 2) for (let row = start; row < end; row++) rows.set(row, start);
    start = Math.max(end, start + 1);
  }
  return rows;
}

/**
 * A line that belongs to a table but cannot be read as one of its rows: a gapped line
 * alone (a table's last row after a wrapped cell, or a table of one row), or a line right
 * under a table's last row that starts at one of its columns (a cell wrapped onto a
 * second line). Undefined when every table reads whole.
 */
export function findStrayRow<Line extends Pick<TextLine, 'text' | 'gapBefore'>>(lines: readonly Line[], rows: ReadonlyMap<number, number>): Line | undefined {
  return lines.find((line, index) => {
    if (rows.has(index)) return false;
    if (hasColumnGap(line.text)) return true;
    const above = lines[index - 1];
    return above !== undefined && rows.has(index - 1) && line.gapBefore < 2 && startsAtColumn(line.text, above.text);
  });
}

/** Where each cell of a row but the first starts, in display columns. */
function laterCellStarts(text: string): number[] {
  return [...text.matchAll(/\S {3,}(?=\S)/g)].map((gap) => displayWidth(text.slice(0, gap.index + gap[0].length)));
}

/** Whether `text`, printed under `row`, starts at one of its later columns (give or take the text layer's few columns of drift). */
function startsAtColumn(text: string, row: string): boolean {
  const indent = text.length - text.trimStart().length;
  return laterCellStarts(row).some((start) => Math.abs(start - indent) <= 3);
}

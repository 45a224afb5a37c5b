/**
 * Rejoins a title or an annex heading that the source printed over two or three
 * lines, broken anywhere (`…阿拉伯叙利亚共` / `和国常驻联合国代表给秘书长的信`,
 * `…的信的附` / `件一`): centred lines each start a block of their own, so the
 * pieces are joined while together they end as the title or the heading would,
 * and left apart otherwise (a title that still does not end as one is refused later).
 */
import type { ShapedBlock } from './classifyBlocks.ts';
import { isAnnexHeading } from './blockShapes.ts';
import { joinWrappedLines } from './joinWrappedLines.ts';
import { endsAsLetterTitle } from './readLetterTitle.ts';

/** A heading is printed on at most this many lines. */
const maxPieces = 3;

/** `blocks` with the first (the title) and every annex heading rejoined from its pieces. */
export function joinWrappedHeadings(blocks: readonly ShapedBlock[]): ShapedBlock[] {
  const result: ShapedBlock[] = [];
  for (let index = 0; index < blocks.length; ) {
    const block = blocks[index] as ShapedBlock;
    const isWhole = index === 0 ? endsAsLetterTitle : isAnnexHeading;
    const pieces = index === 0 || (!block.table && startsAnnexHeading(block.text.text)) ? piecesOf(blocks, index, isWhole) : 1;
    result.push(pieces === 1 ? block : joined(blocks.slice(index, index + pieces)));
    index += pieces;
  }
  return result;
}

/**
 * How many blocks from `start` make one whole heading: the most that do (`…的信的附件` /
 * `一` is 附件一, not an unnumbered 附件 and a stray `一`), 1 when no join makes it whole.
 */
function piecesOf(blocks: readonly ShapedBlock[], start: number, isWhole: (text: string) => boolean): number {
  let whole = 1;
  for (let count = 2; count <= maxPieces && start + count <= blocks.length; count++) {
    const group = blocks.slice(start, start + count);
    // A piece is one printed line of plain text, never dated (a dateline stands before the next heading, 001);
    // a paragraph or a footnote mark is no piece of a heading.
    const rest = group.slice(1);
    if (rest.some((block) => block.lines.length > 1 || dated(block.text.text)) || group.some((block) => block.text.marks.length > 0)) break;
    if (isWhole(joined(group).text.text)) whole = count;
  }
  return whole;
}

/**
 * A line that may open a wrapped annex heading: dated, as annex headings are, and no sentence.
 * It may look like a dateline (`2001 年 4 月 16 日朝鲜民主`): only the join tells.
 */
function startsAnnexHeading(text: string): boolean {
  return dated(text) && !/[。；]/.test(text);
}

function dated(text: string): boolean {
  return /^\d{4}\s*年/.test(text);
}

function joined(group: readonly ShapedBlock[]): ShapedBlock {
  const lines = group.flatMap((block) => block.lines);
  return { text: joinWrappedLines(lines), lines, indent: group[0]?.indent ?? 0 };
}

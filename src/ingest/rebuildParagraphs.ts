/**
 * Regroups the hard-wrapped lines of a PDF text layer into blocks. A line
 * starts a new block when it is indented, follows two blank lines, or follows
 * a short line that ended a sentence (the last line of a paragraph), or follows
 * any line that ended one and opens a numbered paragraph or section (`1. `, `二、`). After a
 * page break indents shift by one, so a line indented once may continue the
 * paragraph: it does when the line before did not end a sentence
 * (001: `…不承认这一行为的` / ` 合法性。`). A quotation indented on every line runs on
 * while its lines fill the column. Annex headings, salutations (also
 * flush left right under a centred title), signature names and datelines always stand alone,
 * and so does each item of a list printed one item per line; the rows of a table printed in
 * aligned columns make one block.
 */
import type { TextLine } from './draft.ts';
import { displayWidth } from './displayWidth.ts';
import { endsSentence } from './endsSentence.ts';
import { findListItems } from './findListItems.ts';
import { isAnnexHeading, isDateline, isSalutation, isSignatureEnd, listBullet, opensNumberedParagraph, opensNumberedSection } from './blockShapes.ts';

export interface RawBlock {
  lines: TextLine[];
  /** Indent of the first line, less the page-break shift. */
  indent: number;
  /** An item of a list printed one item per line (findListItems). */
  item?: true;
  /** A table printed in aligned columns, one row per line (findTableRows). */
  table?: true;
}

/** `rows`: the lines that are rows of tables, each mapped to its table's first row (findTableRows). */
export function rebuildParagraphs(lines: readonly TextLine[], columnWidth: number, rows: ReadonlyMap<number, number>): RawBlock[] {
  const items = findListItems(lines, columnWidth);
  const blocks: RawBlock[] = [];
  let previous: TextLine | undefined;
  lines.forEach((line, index) => {
    const current = blocks.at(-1);
    const item = items.has(index);
    const row = rows.has(index);
    // A table starts a block at its first row, runs on to its last, and the line after it starts another.
    const tableEdge = row ? rows.get(index) === index : rows.has(index - 1);
    if (!current || !previous || item || items.has(index - 1) || tableEdge || (!row && !hangsUnder(line, previous, current) && startsBlock(line, previous, columnWidth))) {
      blocks.push({ lines: [line], indent: Math.max(0, line.indent - (line.pageStart ? 1 : 0)), ...(item && { item }), ...(row && { table: row }) });
    } else {
      current.lines.push(line);
    }
    previous = line;
  });
  return blocks;
}

/**
 * A bulleted item's wrapped line, printed with a hanging indent under the text after the
 * bullet (`•  为所有…` / `   提供…`): it continues the item while the item runs on.
 */
function hangsUnder(line: TextLine, previous: TextLine, block: RawBlock): boolean {
  const first = block.lines[0] as TextLine;
  const text = line.text.trim();
  if (!listBullet.test(first.text.trim()) || listBullet.test(text) || line.gapBefore >= 2 || endsSentence(previous.text)) return false;
  return line.indent > first.indent && line.indent <= first.indent + 4;
}

function startsBlock(line: TextLine, previous: TextLine, columnWidth: number): boolean {
  if (line.continuesPrevious) return false;
  const text = line.text.trim();
  const before = previous.text.trim();
  const alone = (shape: (text: string) => boolean) => shape(text) || shape(before);
  if (alone(isAnnexHeading) || alone(isDateline) || alone(isSalutation) || isSignatureEnd(before) || listBullet.test(text)) return true;
  const ended = endsSentence(before);
  const full = columnWidth * 0.86;
  const width = displayWidth(before);
  const short = width < full;
  // A quotation indented on every line runs on over a page break while its sentence does.
  const quotedOn = line.indent >= 2 && Math.abs(line.indent - previous.indent) <= 1 && width + previous.indent >= full && !ended;
  if (line.pageStart) return !quotedOn && (line.indent >= 2 || ended || short);
  // A quotation indented on every line runs on while its lines fill the indented column and end no sentence,
  // to a line that fills it too or ends one; a centred heading's last piece (`通照会的附件一`) does neither.
  const runsOn = displayWidth(text) + line.indent >= full || endsSentence(text);
  if (line.gapBefore < 2 && line.indent >= 2 && line.indent === previous.indent && width + previous.indent >= full && !ended && runsOn) return false;
  if (line.gapBefore >= 2 || line.indent >= 1) return true;
  // A section's heading starts a block after a sentence's end, a short line, or a centred heading above it.
  if (opensNumberedSection(text) && (ended || short || previous.indent > line.indent + 1)) return true;
  return ended && (short || opensNumberedParagraph(text));
}

/**
 * Reads the Markdown-ish flavour (003): the masthead above a `## ` title line,
 * then one paragraph per line (lines joined by two trailing spaces are still
 * one line each; `- ` opens a list item), `<sup>1</sup>` footnote marks and
 * `<sup>1</sup> …` footnotes, `[symbol](#)` links reduced to their text; a pipe
 * table is refused at its header row.
 */
import type { DraftFootnote, LetterDraft, SourceLine } from './draft.ts';
import type { ShapedBlock } from './classifyBlocks.ts';
import { classifyBlocks } from './classifyBlocks.ts';
import { joinWrappedHeadings } from './joinWrappedHeadings.ts';
import { findListItems } from './findListItems.ts';
import { locatedError } from './locatedError.ts';
import { readInlineMarkup } from './readInlineMarkup.ts';
import { readMasthead } from './readMasthead.ts';

const heading = /^#{1,6}[ \t]+(.*)$/;
const footnote = /^<sup>([^<\s]{1,4})<\/sup>\s*(.*)$/;
/** A Markdown list item's marker (`- 阿富汗`): the line is an item, the marker is not text. */
const listItem = /^[-*+]\s+(?=\S)/;
/** A pipe table's delimiter row: cells of three or more `-`, aligned by `:`, apart by pipes. */
const delimiterRow = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$|^\|\s*:?-{3,}:?\s*\|$/;
/** Lines in this flavour are whole paragraphs; no column to measure. */
const columnWidth = 80;

export function normaliseMarkdownFlavour(path: string, source: string, lines: readonly SourceLine[]): LetterDraft {
  const masthead = readMasthead(path, lines, 0, (line) => heading.test(line.text));
  const blocks: ShapedBlock[] = [];
  const footnotes: DraftFootnote[] = [];
  const textLines = lines.slice(masthead.next).filter((line) => line.text.trim() !== '');
  textLines.forEach((line, index) => {
    // A pipe table: a header row with a pipe, then its delimiter row (`| --- | ---: |`, or `--- | ---` without the outer pipes).
    const below = textLines[index + 1]?.text.trim() ?? '';
    if (line.text.includes('|') && delimiterRow.test(below)) {
      throw locatedError(path, 'a table (`| … |` rows): tables are not read yet in this flavour, and its rows would be published as paragraphs', 'table', line.line, 1);
    }
  });
  for (const line of textLines) {
    const text = line.text.trim();
    const note = footnote.exec(text);
    if (note) {
      footnotes.push({ label: note[1] ?? '', line: line.line, body: readInlineMarkup(note[2] ?? '', line.line) });
      continue;
    }
    const title = heading.exec(text);
    if (!title && blocks.length === 0) {
      throw locatedError(path, 'no title line: a Markdown seed titles its letter with `## ` before its text', 'no-title', line.line, 1);
    }
    const bullet = title || blocks.length === 0 ? null : listItem.exec(text);
    const draft = readInlineMarkup(title ? (title[1] ?? '') : text.slice(bullet?.[0].length ?? 0), line.line);
    // A later `#` heading is indented in effect: a heading unless it ends a sentence.
    const block: ShapedBlock = { text: draft, lines: [{ line: line.line, text: draft.text }], indent: title && blocks.length > 0 ? 2 : 0 };
    blocks.push(bullet ? { ...block, item: true } : block);
  }
  return {
    source,
    symbols: [],
    distributionDate: null,
    originalLanguage: null,
    session: masthead.session,
    agendaItems: masthead.agendaItems,
    headMarks: masthead.marks,
    furniture: masthead.furniture,
    blocks: classifyBlocks(path, joinWrappedHeadings(markListItems(blocks)), columnWidth),
    footnotes,
  };
}

/** The blocks, each a line here, with the items of lists printed one per line without `- ` (`1. …`, `阿富汗`) marked. */
function markListItems(blocks: readonly ShapedBlock[]): ShapedBlock[] {
  const items = findListItems(blocks.map(({ text, indent }) => ({ text: text.text, indent, gapBefore: 0 })), columnWidth);
  return blocks.map((block, index) => (items.has(index) && !block.item ? { ...block, item: true } : block));
}

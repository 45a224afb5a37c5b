/**
 * Reads the PDF-text flavour: cover block and masthead first, then the pages
 * with their furniture and footnotes taken out, paragraphs rebuilt from the
 * hard-wrapped lines, blocks given their kinds and footnote marks placed.
 */
import type { Furniture } from '../records/schema.ts';
import type { DraftText, LetterDraft, SourceLine, TextLine } from './draft.ts';
import type { RawBlock } from './rebuildParagraphs.ts';
import type { ShapedBlock } from './classifyBlocks.ts';
import { classifyBlocks } from './classifyBlocks.ts';
import { displayWidth } from './displayWidth.ts';
import { findStrayRow, findTableRows, tableCells } from './findTableRows.ts';
import { joinWrappedHeadings } from './joinWrappedHeadings.ts';
import { joinWrappedLines } from './joinWrappedLines.ts';
import { locatedError } from './locatedError.ts';
import { placeFootnoteMarks } from './placeFootnoteMarks.ts';
import { readCoverBlock } from './readCoverBlock.ts';
import { readMasthead, type Masthead } from './readMasthead.ts';
import { rebuildParagraphs } from './rebuildParagraphs.ts';
import { splitFootnotes } from './splitFootnotes.ts';
import { stripPageFurniture } from './stripPageFurniture.ts';

export function readPdfLetter(path: string, source: string, lines: readonly SourceLine[]): LetterDraft {
  const cover = readCoverBlock(lines, 0);
  const below = readMasthead(path, lines, cover.next, (line) => /^\s{2,}\S/.test(line.text));
  const masthead = below.furniture.length > 0 ? below : { ...mastheadInCover(path, lines, cover.furniture), next: below.next };
  // Cover lines the masthead read are its furniture, not the cover's.
  const mastheadLines = new Set(masthead.furniture.map(({ line }) => line));
  cover.furniture = cover.furniture.filter(({ line }) => !mastheadLines.has(line));
  const pages = stripPageFurniture(lines.slice(masthead.next));
  const { text, footnotes } = splitFootnotes(pages.text, pages.notes, pages.urls);
  const columnWidth = typicalWidth(text);
  const rows = findTableRows(text);
  const stray = findStrayRow(text, rows);
  if (stray) {
    throw locatedError(path, `a table row that cannot be read (\`${stray.text.trim().replace(/ {3,}/g, ' │ ')}\`): a table of one row, or a cell wrapped onto a second line, is not read yet`, 'table', stray.line, 1);
  }
  const raw = rebuildParagraphs(text, columnWidth, rows);
  // The title is printed indented above the text; a first block flush left is a paragraph, so the title is missing.
  const first = raw[0];
  if (!first || first.indent < 2) {
    throw locatedError(path, 'no title line: expected the letter’s title, indented, before its first paragraph', 'no-title', first?.lines[0]?.line ?? 1, 1);
  }
  const shaped = joinWrappedHeadings(raw.map((block) => (block.table ? shapeTable(path, block) : shapeBlock(block, pages.urls))));
  const blocks = placeFootnoteMarks(path, classifyBlocks(path, shaped, columnWidth), footnotes);
  return {
    source,
    symbols: cover.symbols.length > 0 ? cover.symbols : pages.symbols,
    distributionDate: cover.distributionDate,
    originalLanguage: cover.originalLanguage,
    session: masthead.session,
    agendaItems: masthead.agendaItems,
    headMarks: [...cover.marks, ...masthead.marks],
    furniture: [...cover.furniture, ...masthead.furniture, ...pages.furniture].sort((a, b) => a.line - b.line),
    blocks,
    footnotes,
  };
}

/**
 * The masthead where some text layers print it: inside the cover block, after its
 * `Original:` line and before its job number and barcode (the masthead is empty
 * when those lines are not one).
 */
function mastheadInCover(path: string, lines: readonly SourceLine[], cover: readonly Furniture[]): Omit<Masthead, 'next'> {
  const after = cover.find(({ text }) => /^Original\s*:/.test(text))?.line;
  const before = cover.find(({ kind }) => kind === 'job-number' || kind === 'barcode')?.line;
  const inside = after === undefined || before === undefined ? [] : lines.filter(({ line }) => line > after && line < before);
  return readMasthead(path, inside, 0, () => false);
}

/** The width a full line of the letter's column reaches (most lines are full ones). */
function typicalWidth(lines: readonly TextLine[]): number {
  const widths = lines.map((line) => displayWidth(line.text.trim())).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.9)] ?? 80;
}

/**
 * A table's rows as one text, one row per line and cells apart by a tab. Every row
 * must have as many cells as the header: a cell wrapped onto a second line or left
 * empty, a two-line header or columns too close cannot be told from a misaligned
 * column, so the letter is refused there.
 */
function shapeTable(path: string, block: RawBlock): ShapedBlock {
  const [header = [], ...rows] = block.lines.map(({ text }) => tableCells(text));
  const text: DraftText = { text: '', origins: [], marks: [] };
  block.lines.forEach(({ line, marksAfter }, index) => {
    const cells = index === 0 ? header : (rows[index - 1] ?? []);
    if (cells.length !== header.length) {
      throw locatedError(path, `a table row of ${cells.length} cells under a header of ${header.length} (\`${cells.join(' │ ')}\`): a cell wrapped onto a second line or left empty, a header printed on two lines, or columns closer than three spaces, is not read yet`, 'table', line, 1);
    }
    if (index > 0) text.text += '\n';
    text.origins.push({ offset: text.text.length, line });
    text.text += cells.join('\t');
    for (const label of marksAfter ?? []) text.marks.push({ offset: text.text.length, length: 0, label });
  });
  return { text, lines: block.lines.map(({ line, text: printed }) => ({ line, text: printed.trim() })), indent: block.indent, table: true };
}

function shapeBlock(block: RawBlock, urls: readonly string[]): ShapedBlock {
  const lines = block.lines.map(({ line, text }) => ({ line, text: text.trim() }));
  const text = joinWrappedLines(lines, urls);
  for (const line of block.lines) {
    const origin = text.origins.find((candidate) => candidate.line === line.line);
    if (!origin || !line.marksAfter) continue;
    for (const label of line.marksAfter) text.marks.push({ offset: origin.offset + line.text.trim().length, length: 0, label });
  }
  return { text, lines, indent: block.indent, ...(block.item && { item: block.item }) };
}

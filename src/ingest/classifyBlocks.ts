/**
 * Gives each block of a letter its kind: the first is the title; then annex
 * headings, salutation, datelines, the signature (short unpunctuated lines ending
 * a section, or ending `（签名）`), numbered paragraphs (`1. `), lettered
 * sub-paragraphs (`(a) `, indented deeper than paragraphs), list items (bulleted `• `, or
 * found by findListItems), tables (found by findTableRows), quotations
 * (indented and ending a sentence, or a whole paragraph in quotation marks),
 * headings (indented without a full stop, or a short unindented line on its own),
 * and paragraphs.
 */
import type { DraftBlock, DraftText, SourceLine } from './draft.ts';
import { isAnnexHeading, isDateline, isSalutation, isSignatureEnd, listBullet, opensLetteredSubparagraph, opensNumberedSection } from './blockShapes.ts';
import { displayWidth } from './displayWidth.ts';
import { endsFullStop, endsSentence } from './endsSentence.ts';
import { joinWrappedLines } from './joinWrappedLines.ts';
import { locatedError } from './locatedError.ts';
import { sliceDraftText } from './sliceDraftText.ts';

/** A block of text as the source lays it out. */
export interface ShapedBlock {
  text: DraftText;
  /** Its printed lines, trimmed. */
  lines: SourceLine[];
  /** Indent of its first line (0 in Markdown sources). */
  indent: number;
  /** An item of a list printed one item per line, without bullets (findListItems). */
  item?: true;
  /** A table printed in aligned columns: its rows one per line of `text`, cells apart by a tab. */
  table?: true;
}

const numbered = /^(\d{1,3})\.\s*/;
const quoted = /^“.*”(?:\d{1,3}|\*)?$/su;
const closes = /”(?:\d{1,3}|\*)?$/u;

export function classifyBlocks(path: string, blocks: readonly ShapedBlock[], columnWidth: number): DraftBlock[] {
  const [title, ...rest] = blocks;
  if (!title) throw locatedError(path, 'no title line: the letter has no text', 'no-title', 1, 1);
  const result: DraftBlock[] = [{ kind: 'title', parts: [title.text] }];
  for (let index = 0; index < rest.length; ) {
    const run = signatureRun(rest, index);
    if (run.signature) {
      const lines = rest.slice(index, run.end).flatMap((member) => member.lines);
      result.push({ kind: 'signature', parts: lines.map((line) => joinWrappedLines([line])) });
    } else {
      for (const block of rest.slice(index, run.end)) result.push(classify(block, columnWidth));
    }
    index = run.end;
  }
  return leadIntoLists(quoteOpenParagraphs(result));
}

/** A short line ending `：` right above a list leads into it (`以下国家赞同本声明：`): a paragraph, not a heading. */
function leadIntoLists(blocks: DraftBlock[]): DraftBlock[] {
  return blocks.map((block, index) =>
    block.kind === 'heading' && blocks[index + 1]?.kind === 'item' && /：$/.test(block.parts.at(-1)?.text.trim() ?? '') ? { ...block, kind: 'paragraph' } : block,
  );
}

/**
 * A quotation over several paragraphs opens each with `“` and closes only the last
 * with `”`: paragraphs left open, each followed by another that opens, up to one that
 * closes, are quoted.
 */
function quoteOpenParagraphs(blocks: DraftBlock[]): DraftBlock[] {
  const text = (block: DraftBlock | undefined) => block?.parts.map((part) => part.text).join('') ?? '';
  const opens = (block: DraftBlock | undefined) =>
    block !== undefined && (block.kind === 'quote' || (block.kind === 'paragraph' && block.number === undefined)) && text(block).startsWith('“');
  const leftOpen = (block: DraftBlock | undefined) => opens(block) && (text(block).match(/“/g)?.length ?? 0) > (text(block).match(/”/g)?.length ?? 0);
  for (let start = 0; start < blocks.length; start++) {
    let end = start;
    while (leftOpen(blocks[end])) end++;
    if (end === start || !opens(blocks[end]) || !closes.test(text(blocks[end]))) continue;
    for (let index = start; index <= end; index++) blocks[index] = { ...(blocks[index] as DraftBlock), kind: 'quote' };
    start = end;
  }
  return blocks;
}

function classify(block: ShapedBlock, columnWidth: number): DraftBlock {
  const text = block.text.text;
  const parts = [block.text];
  if (block.table) return { kind: 'table', parts };
  // A bulleted item keeps its bullet: canonical Markdown prints it, and the record keeps it apart.
  if (block.item || listBullet.test(text)) return { kind: 'item', parts };
  if (isAnnexHeading(text)) return { kind: 'annex', parts };
  if (isSalutation(text)) return { kind: 'salutation', parts };
  if (isDateline(text)) return { kind: 'dateline', parts };
  const number = numbered.exec(text);
  if (number) return { kind: 'paragraph', number: Number(number[1]), parts: [sliceDraftText(block.text, number[0].length)] };
  if (opensLetteredSubparagraph(text)) return { kind: 'paragraph', parts };
  if (block.indent >= 2) return { kind: endsFullStop(text) ? 'quote' : 'heading', parts };
  // A section's heading on a line of its own, at any indent (` A. 冲突导致的粮食不安全`, ` （一）维护…`).
  if (block.lines.length === 1 && opensNumberedSection(text) && !endsSentence(text)) return { kind: 'heading', parts };
  if (block.lines.length > 1 && quoted.test(text)) return { kind: 'quote', parts };
  if (block.indent === 0 && block.lines.length === 1 && !endsFullStop(text) && displayWidth(text) < columnWidth * 0.8) return { kind: 'heading', parts };
  return { kind: 'paragraph', parts };
}

/**
 * The run of signature-like blocks from `start` (at least one block), and whether
 * it is a signature: it ends `（签名）`, or it ends its section. Lines printed after
 * the `（签名）` (the name, then the titles: `（签名）` / `哈立德·…` / `常驻代表`) belong
 * to it when they run to the section's end.
 */
function signatureRun(blocks: readonly ShapedBlock[], start: number): { end: number; signature: boolean } {
  let end = start;
  while (end < blocks.length && signatureLike(blocks[end] as ShapedBlock)) {
    end++;
    if (isSignatureEnd((blocks[end - 1] as ShapedBlock).text.text)) {
      let after = end;
      while (after < blocks.length && signatureLike(blocks[after] as ShapedBlock) && !isSignatureEnd((blocks[after] as ShapedBlock).text.text)) after++;
      return { end: after > end && sectionEndsAt(blocks, after) ? after : end, signature: true };
    }
  }
  if (end === start) return { end: start + 1, signature: false };
  return { end, signature: sectionEndsAt(blocks, end) };
}

/** Whether the section ends at block `index`: the letter's end, an annex heading, or a dateline before either. */
function sectionEndsAt(blocks: readonly ShapedBlock[], index: number): boolean {
  const after = blocks[index]?.text.text;
  const next = blocks[index + 1]?.text.text;
  return after === undefined || isAnnexHeading(after) || (isDateline(after) && (next === undefined || isAnnexHeading(next)));
}

/**
 * A block that may be part of a signature: short unpunctuated lines, or a line that
 * ends `（签名）`, however long the name before it (`阿卜杜勒马哈茂德·阿卜杜勒哈利姆·穆罕默德（签名）`).
 */
function signatureLike(block: ShapedBlock): boolean {
  const text = block.text.text;
  if (block.item || block.table || listBullet.test(text) || isAnnexHeading(text) || isDateline(text) || isSalutation(text) || numbered.test(text)) return false;
  return block.lines.every((line) => (isSignatureEnd(line.text) ? !/[。；]/.test(line.text) : displayWidth(line.text) <= 40 && !endsSentence(line.text)));
}

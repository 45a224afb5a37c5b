/**
 * Finds where each numbered footnote is marked in a PDF letter's text. Marks are
 * bare numbers (`违反《苏联宪法》，1 通过了`), so a candidate must be the next
 * number in order, stand right after Chinese text or punctuation, come after the
 * previous mark and before its footnote's line, and not read as a quantity
 * (`另有 1 000 人`, `第 8 段`, `7 月`).
 */
import type { DraftBlock, DraftFootnote, DraftText } from './draft.ts';
import { locatedError } from './locatedError.ts';

const before = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’…—)]/u;
const quantity = /^(?:\s?[年月日号个名人段条项次届岁%％万千百亿多余点时分秒页期型]|\s\d{3}(?!\d)|[./]\d)/u;

/** The blocks with each numbered footnote's mark added to the text it stands in. */
export function placeFootnoteMarks(path: string, blocks: readonly DraftBlock[], footnotes: readonly DraftFootnote[]): DraftBlock[] {
  const marked = blocks.map((block) => ({ ...block, parts: block.parts.map((part) => ({ ...part, marks: [...part.marks] })) }));
  const texts = marked.filter((block) => block.kind !== 'title').flatMap((block) => block.parts);
  let cursor = { text: 0, offset: 0 };
  for (const footnote of footnotes) {
    // `1-2`: the second footnote printed `1` (an annex numbering its own from 1).
    const printed = /^(\d+)(?:-\d+)?$/.exec(footnote.label)?.[1];
    if (printed === undefined) continue;
    const found = findMark(texts, cursor, printed, footnote.line);
    if (!found) {
      throw locatedError(path, `footnote ${footnote.label} is not marked anywhere in the text before it`, 'unmarked-footnote', footnote.line, 1);
    }
    const text = texts[found.text] as DraftText;
    text.marks.push({ offset: found.offset, length: printed.length, label: footnote.label });
    text.marks.sort((a, b) => a.offset - b.offset);
    cursor = { text: found.text, offset: found.offset + printed.length };
  }
  return marked;
}

/** Where `printed`, the mark of the footnote on line `footnoteLine`, stands in the text from `from` on. */
function findMark(texts: readonly DraftText[], from: { text: number; offset: number }, printed: string, footnoteLine: number): { text: number; offset: number } | null {
  const pattern = new RegExp(`(?<![0-9])${printed}(?![0-9])`, 'g');
  for (let index = from.text; index < texts.length; index++) {
    const text = texts[index] as DraftText;
    pattern.lastIndex = index === from.text ? from.offset : 0;
    for (let match = pattern.exec(text.text); match; match = pattern.exec(text.text)) {
      if (lineAt(text, match.index) > footnoteLine) return null;
      if (isMark(text.text, match.index, printed.length)) return { text: index, offset: match.index };
    }
  }
  return null;
}

/** A number between numbers (`议程项目1、2和25`) is one of a list, not a mark. */
const listedBefore = /\d\s*[、，,和及至]\s*$/;
const listedAfter = /^\s*[、，,和及至]\s*\d/;

function isMark(text: string, offset: number, length: number): boolean {
  const previous = text[offset - 1] ?? '';
  const after = text.slice(offset + length);
  if (listedBefore.test(text.slice(Math.max(0, offset - 4), offset)) && listedAfter.test(after)) return false;
  return before.test(previous) && previous !== '第' && !quantity.test(after);
}

function lineAt(text: DraftText, offset: number): number {
  let line = text.origins[0]?.line ?? 0;
  for (const origin of text.origins) if (origin.offset <= offset) line = origin.line;
  return line;
}

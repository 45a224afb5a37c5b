/**
 * Reads one line of the Markdown-ish flavour into plain text: `<sup>1</sup>`
 * becomes a footnote mark, an empty link `[A/74/450-S/2019/762](#)` its text.
 * Any other markup stays as printed, to be shown literally.
 */
import type { DraftText } from './draft.ts';

const markup = /<sup>([^<\s]{1,4})<\/sup>|\[([^\]\n]+)\]\((?:#?)\)/g;

export function readInlineMarkup(source: string, line: number): DraftText {
  const draft: DraftText = { text: '', origins: [{ offset: 0, line }], marks: [] };
  let last = 0;
  for (const match of source.matchAll(markup)) {
    draft.text += source.slice(last, match.index);
    if (match[1] !== undefined) draft.marks.push({ offset: draft.text.length, length: 0, label: match[1] });
    else draft.text += match[2] ?? '';
    last = match.index + match[0].length;
  }
  draft.text += source.slice(last);
  return trimDraft(draft);
}

/** Drops the spaces around a text (marks and origins keep their place in it). */
function trimDraft(draft: DraftText): DraftText {
  const lead = draft.text.length - draft.text.trimStart().length;
  const text = draft.text.trim();
  return {
    text,
    origins: draft.origins,
    marks: draft.marks.map((mark) => ({ ...mark, offset: Math.min(text.length, Math.max(0, mark.offset - lead)) })),
  };
}

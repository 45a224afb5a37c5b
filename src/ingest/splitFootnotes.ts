/**
 * Reads a PDF letter's footnotes. At a page foot, after the rule, each footnote
 * starts indented with its marker (`1`, `2`…, numbered in order, so `12 页。`
 * wrapped from footnote 15 is not footnote 12); a footnote carried over from the
 * previous page continues the last one. Symbol markers (`*`) printed on a line of their
 * own are marks in the text, or — after a wide gap — the footnote itself.
 * An annex may number its footnotes from 1 again: a page foot whose first footnote
 * is `1` starts the count anew. A marker printed again for another footnote is
 * labelled `1-2`, `*-2`, `*-3`….
 */
import type { DraftFootnote, TextLine } from './draft.ts';
import { symbolMark } from './footnoteId.ts';
import { joinWrappedLines } from './joinWrappedLines.ts';

export interface SplitFootnotes {
  /** The letter text with symbol-marker lines taken out (their marks noted on the line before). */
  text: TextLine[];
  footnotes: DraftFootnote[];
}

const entry = new RegExp(String.raw`^(\d{1,3}|${symbolMark}+)\s+(\S.*)$`);
const symbolMarker = new RegExp(`^${symbolMark}+$`);

export function splitFootnotes(text: readonly TextLine[], notes: readonly TextLine[][], urls: readonly string[]): SplitFootnotes {
  const pieces: { label: string; line: number; lines: TextLine[] }[] = [];
  let expected = 1;
  for (const area of notes) {
    for (const [index, line] of area.entries()) {
      const match = entry.exec(line.text.trim());
      const marker = match?.[1] ?? '';
      const numeric = /^\d/.test(marker);
      // A footnote starts indented with the next number, or with 1 first on a page (an annex counting anew);
      // `12 页。` flush left continues the one before.
      const next = Number(marker) === expected || (index === 0 && marker === '1');
      const starts = pieces.length === 0 || (line.indent >= 1 && (!numeric || next));
      if (match && starts) {
        if (numeric) expected = Number(marker) + 1;
        pieces.push({ label: numeric ? uniqueLabel(marker, pieces) : marker, line: line.line, lines: [{ ...line, text: match[2] ?? '' }] });
      } else if (pieces.length > 0) {
        pieces.at(-1)?.lines.push(line);
      } else {
        // Text below a rule that starts no footnote is letter text after all.
        pieces.push({ label: '', line: line.line, lines: [line] });
      }
    }
  }

  const lines = text.map((line) => ({ ...line }));
  const kept: TextLine[] = [];
  const pendingMarks: { line: TextLine; marker: string }[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as TextLine;
    if (!symbolMarker.test(line.text.trim())) {
      kept.push(line);
      continue;
    }
    const marker = line.text.trim();
    const next = lines[index + 1];
    if (line.gapBefore >= 2 && next && next.gapBefore === 0) {
      // The footnote itself: its text runs on over the wrapped lines that follow.
      const body = [next];
      index++;
      while (lines[index + 1]?.gapBefore === 1 && lines[index + 1]?.indent === 0) body.push(lines[++index] as TextLine);
      const label = uniqueLabel(marker, pieces);
      for (const pending of pendingMarks.filter((mark) => mark.marker === marker)) (pending.line.marksAfter ??= []).push(label);
      pendingMarks.splice(0, pendingMarks.length, ...pendingMarks.filter((mark) => mark.marker !== marker));
      pieces.push({ label, line: line.line, lines: body });
      continue;
    }
    const previous = kept.at(-1);
    if (previous) pendingMarks.push({ line: previous, marker });
    else kept.push(line);
    if (next) next.continuesPrevious = true;
  }
  // A mark whose footnote never comes stays a mark: the text still shows it.
  for (const { line, marker } of pendingMarks) (line.marksAfter ??= []).push(marker);

  const stray = pieces.filter((piece) => piece.label === '');
  return {
    text: [...kept, ...stray.flatMap((piece) => piece.lines)].sort((a, b) => a.line - b.line),
    footnotes: pieces
      .filter((piece) => piece.label !== '')
      .map(({ label, line, lines }) => ({ label, line, body: joinWrappedLines(lines, urls) })),
  };
}

function uniqueLabel(marker: string, pieces: readonly { label: string }[]): string {
  const used = pieces.filter((piece) => piece.label === marker || piece.label.startsWith(`${marker}-`)).length;
  return used === 0 ? marker : `${marker}-${used + 1}`;
}

/**
 * Cuts a block's plain text into what the page renders inline: runs of text,
 * linked spans (from `links` offsets) and footnote marks (from `footnotes`
 * offsets). Every character of the text lands in exactly one segment, so nothing
 * the record says is dropped; offsets outside the text are a broken record and throw.
 */
import type { FootnoteRef, Link } from '../../records/schema.ts';

export type InlineSegment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; link: Link }
  | { kind: 'mark'; footnote: string; /** 1-based position of the mark in its block. */ n: number };

export function inlineSegments(text: string, links: readonly Link[] = [], footnotes: readonly FootnoteRef[] = []): InlineSegment[] {
  for (const link of links) {
    if (link.end > text.length) throw new RangeError(`link ${link.start}–${link.end} ends beyond the text (${text.length})`);
  }
  for (const mark of footnotes) {
    if (mark.offset > text.length) throw new RangeError(`footnote mark ${mark.id} at ${mark.offset} is beyond the text (${text.length})`);
  }

  // Overlapping spans cannot both be links; the earlier one wins and the text of both still shows.
  const spans: Link[] = [];
  for (const link of [...links].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = spans[spans.length - 1];
    if (!last || link.start >= last.end) spans.push(link);
  }
  const marks = footnotes.map((mark, index) => ({ ...mark, n: index + 1 })).sort((a, b) => a.offset - b.offset || a.n - b.n);

  const cuts = new Set<number>([0, text.length, ...spans.flatMap((span) => [span.start, span.end]), ...marks.map((mark) => mark.offset)]);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: InlineSegment[] = [];
  const marksAt = (offset: number) => marks.filter((mark) => mark.offset === offset);

  for (const mark of marksAt(0)) segments.push({ kind: 'mark', footnote: mark.id, n: mark.n });
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index] as number;
    const end = points[index + 1] as number;
    const span = spans.find((candidate) => candidate.start <= start && end <= candidate.end);
    const piece = text.slice(start, end);
    const previous = segments[segments.length - 1];
    if (span && previous?.kind === 'link' && previous.link === span) previous.text += piece;
    else if (span) segments.push({ kind: 'link', text: piece, link: span });
    else if (previous?.kind === 'text') previous.text += piece;
    else segments.push({ kind: 'text', text: piece });
    for (const mark of marksAt(end)) segments.push({ kind: 'mark', footnote: mark.id, n: mark.n });
  }
  return segments;
}

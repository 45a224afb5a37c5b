/**
 * The excerpt a hit shows: the stretch of the block around its first match,
 * cut to a reader's glance, as pieces that are either plain or marked.
 */
import type { Span } from './findMatches.ts';

export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

/** About `width` characters of `text` around the first of `spans`, with `…` where it was cut. */
export function excerpt(text: string, spans: readonly Span[], width = 120): ExcerptPiece[] {
  const first = spans[0];
  const start = first ? Math.max(0, Math.min(first.start - Math.floor(width / 3), text.length - width)) : 0;
  const end = Math.min(text.length, start + width);
  const pieces: ExcerptPiece[] = [];
  const push = (from: number, to: number, marked: boolean) => {
    if (to > from) pieces.push({ text: text.slice(from, to), marked });
  };
  let at = start;
  for (const span of spans) {
    if (span.end <= start || span.start >= end) continue;
    push(at, Math.max(at, span.start), false);
    push(Math.max(at, span.start), Math.min(end, span.end), true);
    at = Math.min(end, span.end);
  }
  push(at, end, false);
  if (start > 0) pieces.unshift({ text: '…', marked: false });
  if (end < text.length) pieces.push({ text: '…', marked: false });
  return pieces;
}

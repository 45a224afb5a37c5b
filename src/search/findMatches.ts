/**
 * Where the terms of a query occur in a text, by the archive's rule: a term
 * matches where its normalised characters occur contiguously in the normalised
 * text. Used to verify a hit before it is shown, to mark the excerpt, and to
 * highlight the match on the letter page.
 */
import { normalisedText, normaliseText, type SimplifiedCharMap } from './normaliseText.ts';
import type { Query } from './splitQuery.ts';

/** A matched span of the source text, `[start, end)` in its UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Every occurrence of every term in `source`, sorted and merged where they overlap. */
export function findMatches(source: string, terms: readonly string[], simplified: SimplifiedCharMap): Span[] {
  const { text, origin } = normaliseText(source, simplified);
  const spans: Span[] = [];
  for (const term of terms) {
    for (let at = text.indexOf(term); at !== -1 && term !== ''; at = text.indexOf(term, at + 1)) {
      const last = at + term.length - 1;
      const start = origin[at] ?? 0;
      // The span ends after the source code point that produced the term's last unit.
      const lastOrigin = origin[last] ?? start;
      spans.push({ start, end: lastOrigin + ((source.codePointAt(lastOrigin) ?? 0) > 0xffff ? 2 : 1) });
    }
  }
  return mergeSpans(spans);
}

/** Whether every term of `query` occurs in `source` and none of its excluded terms does: the test a hit must pass to be shown. */
export function matchesQuery(source: string, query: Query, simplified: SimplifiedCharMap): boolean {
  return holdsQuery(normalisedText(source, simplified), query);
}

/** matchesQuery's test on a text already normalised (the quality harness normalises each unit once for every query). */
export function holdsQuery(text: string, { terms, excluded }: Query): boolean {
  return terms.every((term) => text.includes(term)) && !excluded.some((term) => text.includes(term));
}

function mergeSpans(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const previous = merged[merged.length - 1];
    if (previous && span.start <= previous.end) previous.end = Math.max(previous.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

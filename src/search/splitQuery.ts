/**
 * Turns what the reader typed into the terms a hit must all contain: split on
 * whitespace (after normalisation, so an ideographic space `　` separates too),
 * duplicates dropped, and terms that another term contains dropped because
 * they add no condition.
 */
import { normaliseText, type SimplifiedCharMap } from './normaliseText.ts';

/** The distinct normalised terms of `query`, longest first; `[]` for a blank query. */
export function splitQuery(query: string, simplified: SimplifiedCharMap): string[] {
  const terms = [...new Set(normaliseText(query, simplified).text.split(/\s+/u).filter(Boolean))];
  terms.sort((a, b) => b.length - a.length);
  return terms.filter((term, index) => !terms.slice(0, index).some((longer) => longer.includes(term)));
}

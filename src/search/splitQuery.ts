/**
 * Turns what the reader typed into what a hit must contain: terms split on
 * whitespace (after normalisation, so an ideographic space `　` separates too),
 * a quoted phrase (`"…"` or `“…”`) one term with its spaces, and a term written
 * `-词` one that a hit must not contain. Duplicates are dropped, and so are
 * terms that another term contains, because they add no condition.
 */
import { normalisedText, type SimplifiedCharMap } from './normaliseText.ts';

export interface Query {
  /** Terms every hit contains, longest first; a phrase keeps single spaces. */
  terms: string[];
  /** Terms no hit contains. */
  excluded: string[];
}

/** A quoted phrase or a run of non-space characters, with a leading `-` that excludes it. */
const TOKEN = /(-?)(?:"([^"]*)"?|“([^”]*)”?|(\S+))/gu;

/** The normalised terms and excluded terms of `query`; no terms for a blank query. */
export function splitQuery(query: string, simplified: SimplifiedCharMap): Query {
  const terms: string[] = [];
  const excluded: string[] = [];
  for (const [, minus, straight, curly, word] of normalisedText(query, simplified).matchAll(TOKEN)) {
    const term = (straight ?? curly ?? word ?? '').trim().replace(/\s+/gu, ' ');
    // A lone `-` is a character to find, not an exclusion of nothing.
    if (minus && term !== '') excluded.push(term);
    else if (term !== '' || minus) terms.push(term || '-');
  }
  return { terms: essential(terms, (term, other) => other.includes(term)), excluded: essential(excluded, (term, other) => term.includes(other)) };
}

/** Distinct terms, longest first, without those another implies (a required term inside a longer one, an excluded term around a shorter one). */
function essential(terms: readonly string[], implied: (term: string, other: string) => boolean): string[] {
  const distinct = [...new Set(terms)].sort((a, b) => b.length - a.length);
  return distinct.filter((term) => !distinct.some((other) => other !== term && implied(term, other)));
}

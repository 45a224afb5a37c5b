/**
 * The right answer to a quality query, computed from the records alone: the
 * deep links of the units whose normalised text contains every term of what the
 * query stands for, and the letters holding such a unit.
 */
import type { LetterRecord } from '../../records/schema.ts';
import { holdsQuery } from '../findMatches.ts';
import { normalisedText, type SimplifiedCharMap } from '../normaliseText.ts';
import { recordUnits } from '../recordUnits.ts';
import { splitQuery, type Query } from '../splitQuery.ts';

export interface Truth {
  /** `<letter url>#<unit id>` of every matching unit. */
  units: Set<string>;
  /** `<letter url>` of every letter with a matching unit. */
  letters: Set<string>;
}

/**
 * Computes the truth of many queries over letters given one at a time: each
 * letter's units are normalised once (a hit is shown when its normalised text
 * matches the query, see matchesQuery) and tested against every query, and only
 * the matching units are kept, so that memory holds the answers rather than the
 * archive's units (1.5 million at 100,000 letters).
 */
export interface TruthMatcher {
  /** Tests `record`'s units against every query. */
  add: (record: LetterRecord) => void;
  /** The truth of each of the `expects`, in their order, over the letters added so far. */
  truths: Truth[];
}

/** A matcher for the queries standing for `expects` (terms separated by spaces, as QualityQuery.expect). */
export function truthMatcher(expects: readonly string[], simplified: SimplifiedCharMap): TruthMatcher {
  const queries = expects.map((expect) => splitQuery(expect, simplified));
  const truths = expects.map((): Truth => ({ units: new Set(), letters: new Set() }));
  const add = (record: LetterRecord) => {
    for (const [id, , , , printed] of recordUnits(record)) {
      const text = normalisedText(printed, simplified);
      // One string per unit, however many queries it matches: at 100,000 letters the truths hold ten million links.
      let url: string | undefined;
      for (let index = 0; index < queries.length; index++) {
        const query = queries[index] as Query;
        if (query.terms.length > 0 && holdsQuery(text, query)) {
          const truth = truths[index] as Truth;
          url ??= `${record.url}#${id}`;
          truth.units.add(url);
          truth.letters.add(record.url);
        }
      }
    }
  };
  return { add, truths };
}

/** The part of `truth` in the letters `keep` accepts: what a list read only so far should have found. */
export function truthWithin(truth: Truth, keep: (letter: string) => boolean): Truth {
  return {
    units: new Set([...truth.units].filter((url) => keep(letterOf(url)))),
    letters: new Set([...truth.letters].filter(keep)),
  };
}

/** The letter page of a unit's deep link. */
export function letterOf(url: string): string {
  return url.split('#', 1)[0] ?? url;
}

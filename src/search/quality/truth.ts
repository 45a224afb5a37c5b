/**
 * The right answer to a quality query, computed from the records alone: the
 * deep links of the units whose normalised text contains every term of what the
 * query stands for, and the letters holding such a unit.
 */
import type { LetterRecord } from '../../records/schema.ts';
import { normaliseText, type SimplifiedCharMap } from '../normaliseText.ts';
import { recordUnits } from '../recordUnits.ts';
import { splitQuery } from '../splitQuery.ts';

export interface Truth {
  /** `<letter url>#<unit id>` of every matching unit. */
  units: Set<string>;
  /** `<letter url>` of every letter with a matching unit. */
  letters: Set<string>;
}

/** Every unit of the archive with its text normalised once, for the truth of any number of queries. */
export interface TruthCorpus {
  simplified: SimplifiedCharMap;
  units: { letter: string; url: string; text: string }[];
}

/**
 * The units of `records`, normalised. A hit is shown when its normalised text
 * matches the query (`matchesQuery`); normalising each of 150,000 units anew for
 * every query took seconds a query at 10,000 letters, so it is done here once.
 */
export function truthCorpus(records: readonly LetterRecord[], simplified: SimplifiedCharMap): TruthCorpus {
  const units = records.flatMap((record) =>
    recordUnits(record).map(([id, , , , text]) => ({ letter: record.url, url: `${record.url}#${id}`, text: normaliseText(text, simplified).text })),
  );
  return { simplified, units };
}

/** The units and letters that `expect` (terms separated by spaces) should find. */
export function truthFor(corpus: TruthCorpus, expect: string): Truth {
  const { terms, excluded } = splitQuery(expect, corpus.simplified);
  const truth: Truth = { units: new Set(), letters: new Set() };
  if (terms.length === 0) return truth;
  for (const unit of corpus.units) {
    if (terms.every((term) => unit.text.includes(term)) && !excluded.some((term) => unit.text.includes(term))) {
      truth.units.add(unit.url);
      truth.letters.add(unit.letter);
    }
  }
  return truth;
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

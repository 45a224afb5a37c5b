/**
 * The right answer to a quality query, computed from the records alone: the
 * deep links of the units whose normalised text contains every term of what the
 * query stands for, and the letters holding such a unit.
 */
import type { LetterRecord } from '../../records/schema.ts';
import { containsAll } from '../findMatches.ts';
import { recordUnits } from '../recordUnits.ts';
import type { SimplifiedCharMap } from '../normaliseText.ts';
import { splitQuery } from '../splitQuery.ts';

export interface Truth {
  /** `<letter url>#<unit id>` of every matching unit. */
  units: Set<string>;
  /** `<letter url>` of every letter with a matching unit. */
  letters: Set<string>;
}

/** The units and letters that `expect` (terms separated by spaces) should find. */
export function truthFor(records: readonly LetterRecord[], expect: string, simplified: SimplifiedCharMap): Truth {
  const terms = splitQuery(expect, simplified);
  const truth: Truth = { units: new Set(), letters: new Set() };
  for (const record of records) {
    for (const [id, , , , text] of recordUnits(record)) {
      if (terms.length > 0 && containsAll(text, terms, simplified)) {
        truth.units.add(`${record.url}#${id}`);
        truth.letters.add(record.url);
      }
    }
  }
  return truth;
}

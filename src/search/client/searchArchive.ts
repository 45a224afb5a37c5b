/**
 * The search itself, on top of Pagefind. Pagefind finds the candidate letters:
 * one search per term of the query (the term spelled as 4-grams, see
 * encodeNgrams.ts), intersected, in rank order. The page then reads each
 * candidate letter's units, a few letters at a time, and keeps the units that
 * contain every term: the hits.
 */
import { probesFor } from '../chunkProbes.ts';
import { encodeChar, encodeTerm, GRAM } from '../encodeNgrams.ts';
import { containsAll, findMatches, type Span } from '../findMatches.ts';
import type { SimplifiedCharMap } from '../normaliseText.ts';
import type { Part } from '../recordUnits.ts';
import { loadLetterText } from './loadLetterText.ts';
import type { FilterCounts, FilterSelection, PagefindApi, PagefindResult } from './pagefindApi.ts';

export interface Hit {
  /** The unit's deep link, `<letter url>#<unit id>`. */
  url: string;
  /** The letter's page. */
  letter: string;
  title: string;
  date: string;
  symbols: string;
  part: Part;
  annex: string;
  number: string;
  text: string;
  /** Where the query's terms occur in `text`. */
  spans: Span[];
}

export interface SearchOutcome {
  /** Letters that may hold a hit (each term occurs in them), after the filters. */
  candidates: number;
  /** Per filter value, candidate letters carrying it, before the filters. */
  counts: FilterCounts;
  /** Hits in the next `letters` candidate letters, in rank order; `[]` once all are read. */
  next(letters: number): Promise<Hit[]>;
  /** How many candidate letters have been read. */
  read(): number;
}

/** Searches for units containing all `terms` (normalised, non-empty) that pass `filters`. */
export async function searchArchive(
  pagefind: PagefindApi,
  bundle: string,
  simplified: SimplifiedCharMap,
  terms: readonly string[],
  filters: FilterSelection,
): Promise<SearchOutcome> {
  const find = async (term: string, selection: FilterSelection) =>
    (await pagefind.search(encodeTerm(term), { filters: selection, sort: { rank: 'asc' } })) ?? { results: [], filters: {}, totalFilters: {} };

  await Promise.all(terms.map((term) => preloadPrefixChunks(pagefind, bundle, term)));
  const searches = await Promise.all(terms.map((term) => find(term, filters)));
  const [first, ...others] = searches;
  if (!first) throw new Error('searchArchive: no terms');
  const letters = intersect(first.results, others.map((other) => other.results));
  const counts = others.length === 0 ? first.totalFilters : await countIntersection(find, terms, first.totalFilters);
  const parts = filters.part?.any;
  let read = 0;

  return {
    candidates: letters.length,
    counts,
    read: () => read,
    async next(count) {
      const batch = letters.slice(read, read + count);
      read += batch.length;
      const texts = await Promise.all(batch.map((result) => loadLetterText(bundle, rankOf(result))));
      return texts.flatMap((letter) =>
        letter.units
          .filter(([, part, , , text]) => (!parts || parts.includes(part)) && containsAll(text, terms, simplified))
          .map(([id, part, annex, number, text]) => ({
            url: `${letter.url}#${id}`,
            letter: letter.url,
            title: letter.title,
            date: letter.date,
            symbols: letter.symbols,
            part,
            annex,
            number,
            text,
            spans: findMatches(text, terms, simplified),
          })),
      );
    },
  };
}

/** For a term searched as a prefix, loads every index chunk holding words that start with it (see chunkProbes.ts). */
async function preloadPrefixChunks(pagefind: PagefindApi, bundle: string, term: string): Promise<void> {
  const [first] = term;
  if ([...term].length >= GRAM || first === undefined) return;
  const response = await fetch(new URL(`probes/${encodeChar(first)}.json`, bundle));
  // No file: the character begins no word of the archive, so there is nothing to load.
  if (!response.ok) return;
  const probes = probesFor((await response.json()) as string[], encodeTerm(term));
  await Promise.all(probes.map((from) => pagefind.preload(from)));
}

/** The letter's rank: sorted ascending by it, Pagefind scores each result minus its place. */
function rankOf(result: PagefindResult): number {
  return Math.abs(Math.round(result.score));
}

/** The results of `base` that every list in `others` also holds, in `base`'s order. */
function intersect(base: PagefindResult[], others: PagefindResult[][]): PagefindResult[] {
  const sets = others.map((results) => new Set(results.map((result) => result.id)));
  return base.filter((result) => sets.every((set) => set.has(result.id)));
}

/**
 * Filter counts for a query of several terms: Pagefind counts one search at a time,
 * so the first term is searched once per filter value and intersected with the rest.
 */
async function countIntersection(
  find: (term: string, selection: FilterSelection) => Promise<{ results: PagefindResult[] }>,
  terms: readonly string[],
  values: FilterCounts,
): Promise<FilterCounts> {
  const [term = '', ...rest] = terms;
  const others = await Promise.all(rest.map(async (other) => (await find(other, {})).results));
  const counts: FilterCounts = {};
  for (const [filter, byValue] of Object.entries(values)) {
    const perValue: Record<string, number> = {};
    for (const value of Object.keys(byValue)) {
      perValue[value] = intersect((await find(term, { [filter]: { any: [value] } })).results, others).length;
    }
    counts[filter] = perValue;
  }
  return counts;
}

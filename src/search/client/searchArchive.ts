/**
 * The search itself, on top of Pagefind: one exact Pagefind search per term of
 * the query (the term spelled as bigram tokens), the hits every term found
 * intersected in archive order, and their details loaded a page at a time, each
 * checked against the block's text before it is returned.
 */
import { encodeTerm } from '../encodeBigrams.ts';
import { containsAll, findMatches, type Span } from '../findMatches.ts';
import type { SimplifiedCharMap } from '../normaliseText.ts';
import type { Part } from '../searchEntries.ts';
import type { FilterCounts, FilterSelection, PagefindApi, PagefindResult } from './pagefindApi.ts';

export interface Hit {
  url: string;
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
  /** How many blocks contain every term (after the filters). */
  total: number;
  /** Per filter and value, how many blocks containing every term carry it (before the filters). */
  counts: FilterCounts;
  /** The details of hits `[from, from + count)`, in archive order; candidates that fail the check are left out. */
  load(from: number, count: number): Promise<Hit[]>;
}

/** Searches for blocks containing all `terms` (normalised, non-empty), keeping those that pass `filters`. */
export async function searchArchive(
  pagefind: PagefindApi,
  simplified: SimplifiedCharMap,
  terms: readonly string[],
  filters: FilterSelection,
): Promise<SearchOutcome> {
  const find = async (term: string, selection: FilterSelection) =>
    (await pagefind.search(encodeTerm(term), { filters: selection, sort: { rank: 'asc' } })) ?? { results: [], filters: {}, totalFilters: {} };

  const [first, ...others] = await Promise.all(terms.map((term) => find(term, filters)));
  if (!first) throw new Error('searchArchive: no terms');
  const othersUnfiltered = others.length > 0 ? await Promise.all(terms.slice(1).map((term) => find(term, {}))) : [];
  const hits = intersect(first.results, others.map((other) => other.results));
  const counts = others.length === 0 ? first.totalFilters : await countIntersection(find, terms[0] ?? '', first.totalFilters, othersUnfiltered.map((other) => other.results));

  return {
    total: hits.length,
    counts,
    async load(from, count) {
      const details = await Promise.all(hits.slice(from, from + count).map((result) => result.data()));
      return details
        .map(({ url, meta }) => ({
          url,
          letter: meta.letter ?? '',
          title: meta.title ?? '',
          date: meta.date ?? '',
          symbols: meta.symbols ?? '',
          part: (meta.part ?? 'body') as Part,
          annex: meta.annex ?? '',
          number: meta.number ?? '',
          text: meta.text ?? '',
          spans: findMatches(meta.text ?? '', terms, simplified),
        }))
        .filter((hit) => containsAll(hit.text, terms, simplified));
    },
  };
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
  term: string,
  values: FilterCounts,
  others: PagefindResult[][],
): Promise<FilterCounts> {
  const counts: FilterCounts = {};
  for (const [filter, byValue] of Object.entries(values)) {
    counts[filter] = {};
    for (const value of Object.keys(byValue)) {
      const { results } = await find(term, { [filter]: { any: [value] } });
      (counts[filter] as Record<string, number>)[value] = intersect(results, others).length;
    }
  }
  return counts;
}

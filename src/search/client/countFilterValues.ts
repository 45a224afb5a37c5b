/**
 * The filter panel's counts and the number of candidate letters after the
 * filters, from one unsorted search over all shards in an instance of Pagefind
 * of their own: a loaded filter makes each search of an instance count it, which
 * the shard-by-shard searches of searchArchive.ts must not pay. Only the panel's
 * filters are loaded here, not the shards' own. Every bundle of the index is
 * merged into that instance: the counts are the whole archive's.
 */
import { encodeTerms } from '../encodeNgrams.ts';
import type { IndexLayout } from '../indexLayout.ts';
import { loadPrefixChunks } from './loadPrefixChunks.ts';
import { mergeBundle } from './mergeBundle.ts';
import type { FilterCounts, FilterSelection, PagefindApi } from './pagefindApi.ts';

export interface FilterValueCounts {
  /** Per filter value, the candidate letters carrying it, before the filters. */
  counts: FilterCounts;
  /** Candidate letters after the filters. */
  candidates: number;
}

/** Counts of the filters `names` for the space-free `terms` (see termPieces.ts) under `filters`, searched in `pagefind` over the index in `base`. */
export async function countFilterValues(
  pagefind: PagefindApi,
  base: string,
  layout: IndexLayout,
  terms: readonly string[],
  filters: FilterSelection,
  names: readonly string[],
): Promise<FilterValueCounts> {
  const query = encodeTerms(terms);
  // Naming a filter in a preload loads its chunk, whatever values are asked for.
  const panel = Object.fromEntries(names.map((name) => [name, { any: [] }]));
  await Promise.all(layout.bundles.map((_, number) => mergeBundle(pagefind, base, layout, number)));
  const prefixes = layout.bundles.map(({ path }) => loadPrefixChunks(pagefind, new URL(path, base).href, terms));
  await Promise.all([...prefixes, pagefind.preload(query, { filters: panel })]);
  const found = await pagefind.search(query, { filters });
  return { counts: found?.totalFilters ?? {}, candidates: found?.results.length ?? 0 };
}

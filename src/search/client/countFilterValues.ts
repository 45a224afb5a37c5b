/**
 * The filter panel's counts and the number of candidate letters after the
 * filters, from one unsorted search over all shards in an instance of Pagefind
 * of their own: loading every filter makes each search of an instance count
 * them all, which the shard-by-shard searches of searchArchive.ts must not pay.
 */
import { encodeTerms } from '../encodeNgrams.ts';
import { loadPrefixChunks } from './loadPrefixChunks.ts';
import type { FilterCounts, FilterSelection, PagefindApi } from './pagefindApi.ts';

export interface FilterValueCounts {
  /** Per filter value, the candidate letters carrying it, before the filters. */
  counts: FilterCounts;
  /** Candidate letters after the filters. */
  candidates: number;
}

/** Counts for `terms` (normalised, non-empty) under `filters`, searched in `pagefind`. */
export async function countFilterValues(pagefind: PagefindApi, bundle: string, terms: readonly string[], filters: FilterSelection): Promise<FilterValueCounts> {
  const query = encodeTerms(terms);
  await Promise.all([pagefind.filters(), loadPrefixChunks(pagefind, bundle, terms), pagefind.preload(query)]);
  const found = await pagefind.search(query, { filters });
  return { counts: found?.totalFilters ?? {}, candidates: found?.results.length ?? 0 };
}

/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`) the search page
 * uses, typed, and its loader: the module is imported at run time from the built
 * site, never bundled.
 */
export type FilterCounts = Record<string, Record<string, number>>;
/** Per filter, the values any one of which a hit must have. */
export type FilterSelection = Record<string, { any: string[] }>;

export interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; meta: Record<string, string> }>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string,
    options?: { filters?: FilterSelection; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[]; filters: FilterCounts; totalFilters: FilterCounts } | null>;
}

/** Imports Pagefind from `bundlePath` (ending in `/`), configured for no excerpts and no highlight parameter. */
export async function loadPagefind(bundlePath: string): Promise<PagefindApi> {
  const api = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindApi;
  await api.options({ excerptLength: 0 });
  return api;
}

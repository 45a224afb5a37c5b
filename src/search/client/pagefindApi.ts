/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`) the search page
 * uses, typed, and its loader: the module is imported at run time from the built
 * site, never bundled.
 */
export type FilterCounts = Record<string, Record<string, number>>;
/** Per filter, the values any one of which a result must have. */
export type FilterSelection = Record<string, { any: string[] }>;

export interface PagefindResult {
  id: string;
  /** With `sort: { rank: 'asc' }`, minus the result's place in rank order. */
  score: number;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** Results before the filters. */
  unfilteredResultCount: number;
  /** Per value of every loaded filter, the results before the filters that carry it. */
  totalFilters: FilterCounts;
}

/** One Pagefind instance: its own loaded chunks and filters. */
export interface PagefindApi {
  /** Loads the index chunks `term` needs (and the chunks of the filters named), without searching. */
  preload(term: string, options?: { filters?: FilterSelection }): Promise<void>;
  search(term: string, options?: { filters?: FilterSelection; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
  /** Adds the index in the folder `path` to this instance: its searches then search both, its results together. */
  mergeIndex(path: string): Promise<void>;
}

export interface PagefindModule extends PagefindApi {
  /** Starts the instance: its worker, its index metadata and its wasm, which the first search otherwise waits to start. */
  init(): Promise<void>;
  options(options: { noWorker?: boolean }): Promise<void>;
  /** A second instance over the same index, with state of its own. */
  createInstance(): PagefindApi;
}

/**
 * Imports Pagefind from `bundle` (a folder URL ending in `/`) and starts it at
 * once: its worker, metadata and wasm load while the page fetches its own
 * files, instead of after them (about a tenth of a second off the first hits).
 */
export async function loadPagefind(bundle: string): Promise<PagefindModule> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
  void pagefind.init();
  return pagefind;
}

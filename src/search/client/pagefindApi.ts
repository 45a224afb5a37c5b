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
  /** Adds the index in the folder `path` to this instance: its searches then search both, its results together; its entry file is fetched with the cache tag `metaCacheTag`. */
  mergeIndex(path: string, options?: { metaCacheTag?: string }): Promise<void>;
}

export interface PagefindModule extends PagefindApi {
  /** Starts the instance: its index metadata and its wasm (and its worker, unless `noWorker`), which the first search otherwise waits to start. */
  init(): Promise<void>;
  options(options: { noWorker?: boolean; metaCacheTag?: string }): Promise<void>;
  /** A second instance over the same index, with state of its own. */
  createInstance(): PagefindApi;
}

/**
 * Imports Pagefind from `bundle` (a folder URL ending in `/`) and starts it at
 * once, on the page's own thread, with the index's entry cache tag: its entry
 * file, metadata and WebAssembly are then the responses the page preloads from
 * its head while it loads (see startupPreloads.ts), which a worker's fetches
 * could not take, instead of fetches made one after another from here.
 */
export async function loadPagefind(bundle: string, entryTag: Promise<string>): Promise<PagefindModule> {
  const [pagefind, metaCacheTag] = await Promise.all([import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>, entryTag]);
  await pagefind.options({ noWorker: true, metaCacheTag });
  void startUnsegmented(() => pagefind.init());
  return pagefind;
}

/** A `lang` no BCP 47 parser accepts: a singleton with no subtag after it. */
const NOT_A_LANGUAGE = 'x';

/**
 * Starts a Pagefind instance (`start` makes it) that searches without
 * `Intl.Segmenter`. Pagefind takes its searches' language from the page's
 * `lang` as an instance starts, and splits every query with a segmenter of that
 * language, whose first use loads ICU's break data: 30 to 120 ms of the page's
 * thread before the first search can run. The index's words are base-36
 * spellings (see encodeNgrams.ts), which no segmenter splits, and for a
 * language that is no valid tag Pagefind reads a query character by character
 * instead. So the instance starts while the page's `lang` says so, and the
 * page's own language is put back before anything can render or read it.
 */
export function startUnsegmented<T>(start: () => T): T {
  const root = document.documentElement;
  const lang = root.getAttribute('lang');
  root.setAttribute('lang', NOT_A_LANGUAGE);
  try {
    return start();
  } finally {
    if (lang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', lang);
  }
}

/**
 * How the search index is laid out on disk, as `layout.json` beside it tells the
 * page. Search order is cut into bundles of consecutive letters, each a Pagefind
 * index of its own: Pagefind's indexer holds a whole index in memory until it
 * writes it (8 GB for 10,000 letters), so the build writes one bundle at a time
 * and its memory does not grow with the archive. The first bundle in search order
 * (the newest letters) sits in the index folder itself, with Pagefind's script,
 * worker and WebAssembly; every other in `b<id>/`, with only its index, filters
 * and chunk probes (the page merges it into the first bundle's instance, which
 * runs every bundle's searches). A bundle keeps its id from build to build as
 * long as its bounds stand (see planBundles.ts), so that a build can copy an
 * unchanged bundle from the last one instead of indexing it again. Each bundle
 * is cut into shards (see shardFilter.ts), and its letters' texts are stored a
 * few consecutive letters to a file, `text/<id>/<group>.json.gz`; the letters
 * carrying each symbol are listed apart, in `symbols/` (see symbolFile.ts).
 */

/** A letter's place in search order: newest date first, then by page URL. */
export interface OrderKey {
  date: string;
  url: string;
}

/** One bundle of the index. */
export interface IndexBundle {
  /** Its name in paths and filters, kept across builds while `bound` stands. */
  id: number;
  /** Its folder under the index folder: `''` for the first bundle, `b<id>/` for the others. */
  path: string;
  /** Rank (place in search order, from 0) of its first letter. */
  start: number;
  letters: number;
  /** Its oldest bound: it holds the letters from here (the oldest bundle: from any date) up to the next newer bundle's bound. */
  bound: OrderKey;
  /** A hash of what the bundle indexes and of the code that indexes it: the same key, the same files. */
  key: string;
  /** The cache tag its entry file is fetched with, and its metadata file: preloaded as Pagefind starts it (see startupPreloads.ts). */
  entryTag: string;
  meta: string;
}

/** A bundle as planned, before Pagefind has written its entry. */
export type PlannedBundle = Omit<IndexBundle, 'entryTag' | 'meta'>;

/** What `layout.json` says. */
export interface IndexLayout {
  /** Letters per shard (the last of a bundle may hold fewer). */
  shardSize: number;
  /** Letters per text file. */
  textGroup: number;
  /** How many symbol owner files the index holds (see symbolFile.ts). */
  symbolFiles: number;
  /** In search order. */
  bundles: IndexBundle[];
}

/** Search order: the newer letter first, then the smaller URL (code-unit order, the same on every machine). */
export function compareOrder(a: OrderKey, b: OrderKey): number {
  if (a.date !== b.date) return a.date > b.date ? -1 : 1;
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/** The entry file of `bundle` under the index folder, with the cache tag Pagefind is given to fetch it with. */
export function entryFile(bundle: Pick<IndexBundle, 'path' | 'entryTag'>): string {
  return `${bundle.path}pagefind-entry.json?ts=${bundle.entryTag}`;
}

/** The folder of bundle `id` when it is the first in search order, and otherwise. */
export function bundlePath(id: number, first: boolean): string {
  return first ? '' : `b${id}/`;
}

/** The bundle holding the letter of `rank`. */
export function bundleOf(layout: IndexLayout, rank: number): IndexBundle | undefined {
  return layout.bundles.find(({ start, letters }) => rank >= start && rank < start + letters);
}

/** The text file holding the letter of `rank`, and the letter's place in it. */
export function textFileOf(layout: IndexLayout, rank: number): { file: string; offset: number } {
  const bundle = bundleOf(layout, rank);
  if (bundle === undefined) throw new RangeError(`search index: no bundle holds rank ${rank}`);
  const local = rank - bundle.start;
  return { file: `text/${bundle.id}/${Math.floor(local / layout.textGroup)}.json.gz`, offset: local % layout.textGroup };
}

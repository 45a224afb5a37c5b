/**
 * How the search index is laid out on disk, as `layout.json` beside it tells the
 * page. Search order is cut into bundles of consecutive letters, each a Pagefind
 * index of its own: Pagefind's indexer holds a whole index in memory until it
 * writes it (8 GB for 10,000 letters), so the build writes one bundle at a time
 * and its memory does not grow with the archive. Bundle 0 sits in the index
 * folder itself, with Pagefind's script, worker and WebAssembly; bundle k in
 * `b<k>/`, with only its index, filters and chunk probes (the page merges it into
 * the first bundle's instance, which runs every bundle's searches). Each bundle is
 * cut into shards (see shardFilter.ts), numbered across the whole index. Letter
 * texts are stored a few consecutive letters to a file, `text/<group>.json.gz`.
 */

/** One bundle: its folder under the index folder (`''` or `b<k>/`) and the letters it holds, by rank. */
export interface IndexBundle {
  path: string;
  /** Rank of its first letter; a multiple of the shard size, so its shards are whole. */
  start: number;
  letters: number;
}

/** What `layout.json` says. */
export interface IndexLayout {
  /** Letters per shard (the last of a bundle may hold fewer). */
  shardSize: number;
  /** Letters per text file: `text/<floor(rank / textGroup)>.json.gz`. */
  textGroup: number;
  bundles: IndexBundle[];
}

/** Cuts `letters` ranks into bundles of `shardsPerBundle` shards of `shardSize` letters. */
export function indexLayout(letters: number, shardSize: number, shardsPerBundle: number, textGroup: number): IndexLayout {
  const size = shardSize * shardsPerBundle;
  const bundles: IndexBundle[] = [];
  for (let start = 0; start < letters; start += size) {
    bundles.push({ path: bundles.length === 0 ? '' : `b${bundles.length}/`, start, letters: Math.min(size, letters - start) });
  }
  return { shardSize, textGroup, bundles };
}

/** The global shard numbers of `bundle`, in rank order. */
export function bundleShards(bundle: IndexBundle, shardSize: number): number[] {
  const first = bundle.start / shardSize;
  return Array.from({ length: Math.ceil(bundle.letters / shardSize) }, (_, offset) => first + offset);
}

/** The text file holding the letter of `rank`, and the letter's place in it. */
export function textFileOf(rank: number, textGroup: number): { file: string; offset: number } {
  return { file: `text/${Math.floor(rank / textGroup)}.json.gz`, offset: rank % textGroup };
}

/**
 * Search order is cut into shards of consecutive letters, each marked by a
 * hidden filter of its own (value `1`) rather than one filter with a value per
 * shard: Pagefind stores a filter's pages in one chunk, so the page searching
 * shard 0 loads a chunk listing its letters only (about 1 kB for 500 letters,
 * against 22 kB for all 10,000 letters' shard numbers). Each index bundle (see
 * indexLayout.ts) is marked the same way, so that a bundle with few candidates
 * is searched whole. Shards and bundles are numbered across the whole index.
 */

/** The name of the filter that marks the letters of `shard`. */
export function shardFilter(shard: number): string {
  return `shard${shard}`;
}

/** The name of the filter that marks the letters of bundle `bundle`. */
export function bundleFilter(bundle: number): string {
  return `bundle${bundle}`;
}

/** The value every letter of a shard or bundle carries in its filter. */
export const IN_SHARD = '1';

/**
 * Search order is cut into shards of consecutive letters, each marked by a
 * hidden filter of its own (value `1`) rather than one filter with a value per
 * shard: Pagefind stores a filter's pages in one chunk, so the page searching
 * shard 0 loads a chunk listing its letters only (about 1 kB for 500 letters,
 * against 22 kB for all 10,000 letters' shard numbers). The build writes the
 * shards' size and number to `shards.json` beside the index.
 */

/** The name of the filter that marks the letters of `shard`. */
export function shardFilter(shard: number): string {
  return `shard${shard}`;
}

/** The value every letter of a shard carries in its shard's filter. */
export const IN_SHARD = '1';

/** What `shards.json` says. */
export interface Shards {
  /** Letters per shard (the last may hold fewer). */
  size: number;
  count: number;
}

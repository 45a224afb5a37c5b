/**
 * Each index bundle (see indexLayout.ts) is cut into shards of consecutive
 * letters, each marked by a hidden filter of its own (value `1`) rather than one
 * filter with a value per shard: Pagefind stores a filter's pages in one chunk,
 * so the page searching a shard loads a chunk listing its letters only (about
 * 1 kB for 500 letters, against 22 kB for all 10,000 letters' shard numbers).
 * Each bundle is marked the same way, so that a bundle with few candidates is
 * searched whole. Filters are named by the bundle's id, which a bundle keeps
 * from build to build, so that an unchanged bundle's files stay right as they are.
 */
import type { IndexBundle } from './indexLayout.ts';

/** The names of the filters that mark the shards of `bundle`, in rank order. */
export function bundleShards(bundle: Pick<IndexBundle, 'id' | 'letters'>, shardSize: number): string[] {
  return Array.from({ length: Math.ceil(bundle.letters / shardSize) }, (_, shard) => `shard${bundle.id}_${shard}`);
}

/** The name of the filter that marks the letters of `bundle`. */
export function bundleFilter(bundle: Pick<IndexBundle, 'id'>): string {
  return `bundle${bundle.id}`;
}

/** The value every letter of a shard or bundle carries in its filter. */
export const IN_SHARD = '1';

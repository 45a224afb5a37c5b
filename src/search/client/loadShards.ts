/** Fetches `shards.json`, the shards' size and number, which the build wrote beside the index. */
import type { Shards } from '../shardFilter.ts';
import { fetchOk } from './fetchGzipJson.ts';

/** The shards of the index in the folder `bundle`. */
export async function loadShards(bundle: string): Promise<Shards> {
  return (await (await fetchOk(new URL('shards.json', bundle))).json()) as Shards;
}

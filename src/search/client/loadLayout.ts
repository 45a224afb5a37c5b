/** Fetches `layout.json`, the index's shards, text groups and bundles, which the build wrote beside the index. */
import type { IndexLayout } from '../indexLayout.ts';
import { fetchOk } from './fetchGzipJson.ts';

/** The layout of the index in the folder `base`. */
export async function loadLayout(base: string): Promise<IndexLayout> {
  return (await (await fetchOk(new URL('layout.json', base))).json()) as IndexLayout;
}

/**
 * Merges the index bundles (see indexLayout.ts) into a Pagefind instance as the
 * search reaches them: the instance is the first bundle's; each later bundle's
 * metadata is fetched only when it is merged, once per instance, its entry file
 * with the bundle's cache tag (so that a preload of it, see startupPreloads.ts,
 * is taken).
 */
import type { IndexLayout } from '../indexLayout.ts';
import type { PagefindApi } from './pagefindApi.ts';

/** Per instance, the bundles merged into it or being merged, by number. */
const mergedBundles = new WeakMap<PagefindApi, Map<number, Promise<void>>>();

/** Makes bundle `number` of the index in `base` part of `pagefind` (bundle 0 always is). */
export function mergeBundle(pagefind: PagefindApi, base: string, layout: IndexLayout, number: number): Promise<void> {
  const bundle = layout.bundles[number];
  if (number === 0 || bundle === undefined) return Promise.resolve();
  let merged = mergedBundles.get(pagefind);
  if (merged === undefined) mergedBundles.set(pagefind, (merged = new Map()));
  let done = merged.get(number);
  if (done === undefined) {
    done = pagefind.mergeIndex(new URL(bundle.path, base).pathname, { metaCacheTag: bundle.entryTag });
    merged.set(number, done);
  }
  return done;
}

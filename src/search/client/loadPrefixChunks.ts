/**
 * Pagefind loads, for a prefix search, only the index chunk whose word range
 * holds the prefix itself; words starting with a short term that sit in later
 * chunks would be missed. The build lists, per first character, the chunks that
 * start among its words (`probes.json`, see chunkProbes.ts); this loads those a
 * term needs, fetching a bundle's list only when a short term first asks for it.
 */
import { probesFor, type ChunkProbes } from '../chunkProbes.ts';
import { encodeChar, encodeTerm, GRAM } from '../encodeNgrams.ts';
import type { PagefindApi } from './pagefindApi.ts';

/** Probe lists by bundle folder, fetched once per page. */
const probeLists = new Map<string, Promise<ChunkProbes>>();

/** Loads into `pagefind` every chunk of the bundle in the folder `bundle` holding words that start with one of the short `terms`. */
export async function loadPrefixChunks(pagefind: PagefindApi, bundle: string, terms: readonly string[]): Promise<void> {
  await Promise.all(
    terms.map(async (term) => {
      const [first] = term;
      if (!isShort(term) || first === undefined) return;
      const probes = probesFor((await probeList(bundle))[encodeChar(first)] ?? [], encodeTerm(term));
      await Promise.all(probes.map((from) => pagefind.preload(from)));
    }),
  );
}

/**
 * Starts fetching the probe list of the bundle in the folder `bundle` when one
 * of `terms` is short, so that it comes while the bundle's own files do rather
 * than after them; a failure shows when loadPrefixChunks asks again.
 */
export function prefetchProbes(bundle: string, terms: readonly string[]): void {
  if (terms.some(isShort)) probeList(bundle).catch(() => {});
}

/** Whether `term` is shorter than a 4-gram: a prefix search, which needs the probe list. */
function isShort(term: string): boolean {
  return term !== '' && [...term].length < GRAM;
}

/** The chunk starts of the bundle in the folder `bundle`, by spelled first character. */
function probeList(bundle: string): Promise<ChunkProbes> {
  const url = new URL('probes.json', bundle).href;
  let list = probeLists.get(url);
  if (list === undefined) {
    list = fetch(url)
      .then(async (response) => {
        if (response.ok) return (await response.json()) as ChunkProbes;
        // An unread body keeps the request open, and the page's network never idle.
        await response.body?.cancel();
        throw new Error(`${url}: ${response.status}`);
      })
      .catch((error: unknown) => {
        // A failed fetch is not remembered: the next search tries again.
        probeLists.delete(url);
        throw error;
      });
    probeLists.set(url, list);
  }
  return list;
}

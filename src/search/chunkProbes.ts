/**
 * Pagefind fetches, for a prefix search, only the index chunk whose word range
 * holds the prefix itself, so the words starting with a short term that sit in
 * later chunks would be missed. The build therefore lists, per first character
 * (as spelled by encodeNgrams.ts), the chunks that start among its words; the
 * page preloads those of them that start with the term before it searches.
 */
import type { IndexChunk } from './readIndexChunks.ts';

/** For each spelled first character in `chars`, the `from` bounds of the chunks that start with it. */
export function chunkProbes(chunks: readonly IndexChunk[], chars: ReadonlySet<string>): Map<string, string[]> {
  const probes = new Map<string, string[]>([...chars].map((char) => [char, []]));
  for (const { from } of chunks) {
    const char = from.slice(0, from.startsWith('z') ? 5 : 3);
    probes.get(char)?.push(from);
  }
  return probes;
}

/** The chunk starts among `probes` that hold words starting with the spelled prefix `prefix` and not the prefix itself. */
export function probesFor(probes: readonly string[], prefix: string): string[] {
  return probes.filter((from) => from > prefix && from.startsWith(prefix));
}

/**
 * Pagefind fetches, for a prefix search, only the index chunk whose word range
 * holds the prefix itself, so the words starting with a short term that sit in
 * later chunks would be missed. The build therefore lists, per first character
 * (as spelled by encodeNgrams.ts), the chunks that start among its words, in one
 * small file per bundle (`probes.json`; a few kB, where a file per character would
 * be a thousand files per bundle, nearly all empty); the page preloads those of
 * them that start with the term before it searches.
 */
import type { IndexChunk } from './readIndexChunks.ts';

/** Chunk starts by spelled first character: `probes.json`, naming only the characters some chunk starts with. */
export type ChunkProbes = Record<string, string[]>;

/** For each spelled first character in `chars` that some chunk starts with, the `from` bounds of those chunks. */
export function chunkProbes(chunks: readonly IndexChunk[], chars: ReadonlySet<string>): ChunkProbes {
  const probes: ChunkProbes = {};
  for (const { from } of chunks) {
    const char = from.slice(0, from.startsWith('z') ? 5 : 3);
    if (chars.has(char)) (probes[char] ??= []).push(from);
  }
  return probes;
}

/** The chunk starts among `probes` that hold words starting with the spelled prefix `prefix` and not the prefix itself. */
export function probesFor(probes: readonly string[], prefix: string): string[] {
  return probes.filter((from) => from > prefix && from.startsWith(prefix));
}

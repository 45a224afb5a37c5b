/**
 * What adding one letter to a built archive costs the ingest: the corpus is
 * ingested once through the content-keyed cache (src/ingest/ingestCache.ts), one
 * new letter is added, and the second pass counts how many files had to be
 * ingested again — one, the new letter, if the cache does its job.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openIngestCache } from '../ingest/ingestCache.ts';
import { ingestLetter } from '../ingest/ingestLetter.ts';

export interface IncrementalMeasurement {
  /** Files in the archive after the addition. */
  letters: number;
  /** Seconds to ingest the corpus through an empty cache. */
  coldSeconds: number;
  /** Seconds to ingest the corpus plus the new letter through the filled cache. */
  warmSeconds: number;
  /** Files the second pass ingested rather than read from the cache. */
  reingested: number;
}

/** Measures the ingest of `corpusDir` plus `added`, with the cache kept in `cacheDir` (emptied first). */
export async function measureIncremental(
  corpusDir: string,
  cacheDir: string,
  added: { name: string; text: string },
): Promise<IncrementalMeasurement> {
  const names = (await readdir(corpusDir)).filter((name) => /\.(?:txt|md)$/i.test(name)).sort();
  const files = await Promise.all(names.map(async (name) => ({ path: join(corpusDir, name), bytes: await readFile(join(corpusDir, name)) })));
  await rm(cacheDir, { recursive: true, force: true });

  let started = performance.now();
  const cold = openIngestCache(cacheDir);
  for (const file of files) cold.ingest(file.path, file.bytes, ingestLetter);
  const coldSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const warm = openIngestCache(cacheDir);
  const grown = [...files, { path: join(corpusDir, added.name), bytes: new TextEncoder().encode(added.text) }];
  for (const file of grown) warm.ingest(file.path, file.bytes, ingestLetter);
  return { letters: grown.length, coldSeconds, warmSeconds: (performance.now() - started) / 1000, reingested: warm.stats.misses };
}

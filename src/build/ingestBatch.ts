/**
 * One batch of the build's ingest, run in a child process (see ingestIntoStore.ts):
 * each seed's record as the text the store keeps, with what the build keeps of it
 * (its summary and page inputs), or the message it is refused with.
 */
import { VFileMessage } from 'vfile-message';
import { openIngestCache } from '../ingest/ingestCache.ts';
import { ingestSeedFile } from '../ingest/ingestSeeds.ts';
import { summariseLetter, type LetterSummary } from '../records/letterSummary.ts';
import { pageInputs, type PageInputs } from './letterPageKeys.ts';
import { toMessageData, type MessageData } from './messageData.ts';

export interface IngestBatch {
  /** The seed files, in name order. */
  paths: string[];
  /** The ingest cache's folder, if the build has one. */
  cacheDir?: string;
}

/** What became of one seed. */
export type IngestedSeed = { path: string; failure: MessageData } | { path: string; text: string; summary: LetterSummary; inputs: PageInputs };

export interface IngestedBatch {
  seeds: IngestedSeed[];
  /** Seeds ingested, and seeds read from the cache. */
  ingested: number;
  fromCache: number;
}

/** Ingests the seeds of `batch`. */
export async function ingestBatch({ paths, cacheDir }: IngestBatch): Promise<IngestedBatch> {
  const cache = cacheDir === undefined ? undefined : openIngestCache(cacheDir);
  const seeds: IngestedSeed[] = [];
  for (const path of paths) {
    const record = await ingestSeedFile(path, cache);
    if (record instanceof VFileMessage) seeds.push({ path, failure: toMessageData(record) });
    else seeds.push({ path, text: JSON.stringify(record), summary: summariseLetter(record), inputs: pageInputs(record) });
  }
  return { seeds, ingested: cache?.stats.misses ?? paths.length, fromCache: cache?.stats.hits ?? 0 };
}

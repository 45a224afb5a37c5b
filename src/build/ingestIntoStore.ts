/**
 * The build's ingest: every seed becomes a record in the record store, in batches
 * run by child processes on every core (see runInChildren.ts and ingestBatch.ts),
 * so that the build's own process holds only the letters' summaries and page
 * inputs, never the memory of ingesting 100,000 letters. Seeds are judged in name
 * order whatever batch finishes first: of two seeds making the same letter, the
 * first by name is kept and the second refused, as ingestSeeds does.
 */
import { resolve } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { letterCollector, seedPaths } from '../ingest/ingestSeeds.ts';
import type { LetterSummary } from '../records/letterSummary.ts';
import { writeRecordText, writeSummaries } from '../records/recordStore.ts';
import type { IngestBatch, IngestedBatch } from './ingestBatch.ts';
import type { PageInputs } from './letterPageKeys.ts';
import { fromMessageData } from './messageData.ts';
import { batchSize, inBatches, runInChildren } from './runInChildren.ts';

export interface IngestIntoStoreOptions {
  /** Return the letters that could be ingested with the failures, instead of throwing. */
  keepGoing?: boolean;
  /** The content-keyed ingest cache's folder (see ingestCache.ts). */
  cacheDir?: string;
  /** Most seeds a child process ingests (more batches than cores when there are more seeds). */
  seedsPerBatch?: number;
  /** Batches at once (default: the machine's cores). */
  parallel?: number;
}

export interface StoreIngest {
  /** The summaries of the letters stored, in archive order (date, then id). */
  letters: LetterSummary[];
  /** Each stored letter's page inputs, by URL. */
  inputs: Map<string, PageInputs>;
  /** The refused seeds (only with `keepGoing`; otherwise they are thrown as an AggregateError). */
  failures: VFileMessage[];
  /** Seeds ingested, and seeds read from the cache. */
  ingested: number;
  fromCache: number;
}

/** Seeds a child ingests at most: enough to repay its start (about 0.6 s), few enough to bound its memory. */
const SEEDS_PER_BATCH = 4000;

const TASK = { module: resolve(import.meta.dirname, 'ingestBatch.ts'), name: 'ingestBatch', title: 'ingest' };

/** Ingests the seeds of `seedsDir` into the record store at `storeDir` and writes its summaries. */
export async function ingestIntoStore(seedsDir: string, storeDir: string, { keepGoing = false, cacheDir, seedsPerBatch = SEEDS_PER_BATCH, parallel }: IngestIntoStoreOptions = {}): Promise<StoreIngest> {
  const paths = await seedPaths(seedsDir);
  const batches: IngestBatch[] = inBatches(paths, batchSize(paths.length, seedsPerBatch, parallel)).map((batch) => ({ paths: batch, cacheDir }));
  const collected = letterCollector<LetterSummary>();
  const inputs = new Map<string, PageInputs>();
  let ingested = 0;
  let fromCache = 0;
  await runInChildren<IngestBatch, IngestedBatch>(TASK, batches, {
    parallel,
    onResult(batch) {
      ingested += batch.ingested;
      fromCache += batch.fromCache;
      for (const seed of batch.seeds) {
        if ('failure' in seed) collected.refuse(fromMessageData(seed.failure));
        else {
          collected.add(seed.path, seed.summary.id, () => {
            writeRecordText(storeDir, seed.summary.id, seed.text);
            inputs.set(seed.summary.url, seed.inputs);
            return seed.summary;
          });
        }
      }
    },
  });
  const { records: letters, failures } = collected.finish(paths.length, keepGoing);
  writeSummaries(storeDir, letters);
  return { letters, inputs, failures, ingested, fromCache };
}

/**
 * The ingest pipeline over a folder of seeds: every `*.txt` and `*.md` file, in name
 * order, becomes a validated LetterRecord. Failures are collected, not thrown one by
 * one, so that one bad file never hides another; two files yielding the same letter id
 * are refused by naming both. The build runs the same steps over batches of seeds
 * in child processes (see src/build/ingestIntoStore.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VFileMessage } from 'vfile-message';
import type { LetterRecord } from '../records/schema.ts';
import type { IngestCache } from './ingestCache.ts';
import { ingestLetter } from './ingestLetter.ts';
import { locatedMessage } from './locatedMessage.ts';

export interface IngestOptions {
  /** Return the letters that could be ingested with the failures, instead of throwing. */
  keepGoing?: boolean;
  /** Serve unchanged seeds from this content-keyed cache, so a rebuild re-ingests only new or edited files. */
  cache?: IngestCache;
}

export interface IngestResult<Kept = LetterRecord> {
  /** Sorted by letter date, then id. */
  records: Kept[];
  /** One located message per refused file. */
  failures: VFileMessage[];
}

const seedFile = /\.(?:txt|md)$/i;

/** The records of the seeds in `seedsDir`; throws an AggregateError of VFileMessages if any seed is refused. */
export async function ingestSeeds(seedsDir: string, options?: { keepGoing?: false; cache?: IngestCache }): Promise<LetterRecord[]>;
/** The records that could be ingested, and a located message for each seed that could not. */
export async function ingestSeeds(seedsDir: string, options: { keepGoing: true; cache?: IngestCache }): Promise<IngestResult>;
export async function ingestSeeds(seedsDir: string, { keepGoing = false, cache }: IngestOptions = {}): Promise<LetterRecord[] | IngestResult> {
  const paths = await seedPaths(seedsDir);
  const letters = letterCollector<LetterRecord>();
  for (const path of paths) {
    const record = await ingestSeedFile(path, cache);
    if (record instanceof VFileMessage) letters.refuse(record);
    else letters.add(path, record.id, () => record);
  }
  const result = letters.finish(paths.length, keepGoing);
  return keepGoing ? result : result.records;
}

/** The seed files of `seedsDir`, in name order. */
export async function seedPaths(seedsDir: string): Promise<string[]> {
  return (await readdir(seedsDir, { withFileTypes: true }))
    // Symbolic links count: a seed linked into the folder is a seed, and a broken link is reported, not skipped.
    .filter((entry) => !entry.isDirectory() && seedFile.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(seedsDir, name));
}

/** The record of the seed at `path` (from `cache` when it has it), or the located message it is refused with. */
export async function ingestSeedFile(path: string, cache?: IngestCache): Promise<LetterRecord | VFileMessage> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return locatedMessage({ path }, `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 1, undefined, 'unreadable');
  }
  try {
    return cache ? cache.ingest(path, bytes, ingestLetter) : ingestLetter(path, bytes);
  } catch (error) {
    return asLocated(error, path);
  }
}

/** Gathers the outcome of each seed, in seed order, into an IngestResult. */
export interface LetterCollector<Kept> {
  /** A seed refused with `message`. */
  refuse(message: VFileMessage): void;
  /**
   * The seed at `path` made letter `id`: `keep` gives what is kept of it, and is
   * not called when an earlier seed made the same letter (the later one is refused).
   * A failure of `keep` (a full disk) fails the ingest, not the seed.
   */
  add(path: string, id: string, keep: () => Kept): void;
  /** The letters in archive order and the refused seeds; throws the refusals unless `keepGoing`. */
  finish(seeds: number, keepGoing: boolean): IngestResult<Kept>;
}

/** A collector for letters whose kept part has a date and an id to sort by. */
export function letterCollector<Kept extends { letterDate: string; id: string }>(): LetterCollector<Kept> {
  const records: Kept[] = [];
  const failures: VFileMessage[] = [];
  const fileOfId = new Map<string, string>();
  return {
    refuse: (message) => failures.push(message),
    add(path, id, keep) {
      const first = fileOfId.get(id);
      if (first !== undefined) {
        failures.push(locatedMessage({ path }, `duplicate letter: id \`${id}\` is also the id of ${first}`, 1, undefined, 'duplicate-id'));
        return;
      }
      fileOfId.set(id, path);
      records.push(keep());
    },
    finish(seeds, keepGoing) {
      records.sort((a, b) => compare(a.letterDate, b.letterDate) || compare(a.id, b.id));
      if (!keepGoing && failures.length > 0) {
        throw new AggregateError(failures, `${failures.length} of ${seeds} seed file(s) refused`);
      }
      return { records, failures };
    },
  };
}

/** A failure as a located message: an unexpected error still names the file it happened in. */
function asLocated(error: unknown, path: string): VFileMessage {
  if (error instanceof VFileMessage) return error;
  const message = locatedMessage({ path }, `internal error while ingesting: ${error instanceof Error ? error.message : String(error)}`, 1, undefined, 'internal-error');
  if (error instanceof Error) message.cause = error;
  return message;
}

/** Code-unit order, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The ingest pipeline over a folder of seeds: every `*.txt` and `*.md` file, in name
 * order, becomes a validated LetterRecord. Failures are collected, not thrown one by
 * one, so that one bad file never hides another; two files yielding the same letter id
 * are refused by naming both.
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

export interface IngestResult {
  /** Sorted by letter date, then id. */
  records: LetterRecord[];
  /** One located message per refused file. */
  failures: VFileMessage[];
}

const seedFile = /\.(?:txt|md)$/i;

/** The records of the seeds in `seedsDir`; throws an AggregateError of VFileMessages if any seed is refused. */
export async function ingestSeeds(seedsDir: string, options?: { keepGoing?: false; cache?: IngestCache }): Promise<LetterRecord[]>;
/** The records that could be ingested, and a located message for each seed that could not. */
export async function ingestSeeds(seedsDir: string, options: { keepGoing: true; cache?: IngestCache }): Promise<IngestResult>;
export async function ingestSeeds(seedsDir: string, { keepGoing = false, cache }: IngestOptions = {}): Promise<LetterRecord[] | IngestResult> {
  const names = (await readdir(seedsDir, { withFileTypes: true }))
    // Symbolic links count: a seed linked into the folder is a seed, and a broken link is reported, not skipped.
    .filter((entry) => !entry.isDirectory() && seedFile.test(entry.name))
    .map((entry) => entry.name)
    .sort();

  const records: LetterRecord[] = [];
  const failures: VFileMessage[] = [];
  const fileOfId = new Map<string, string>();
  for (const name of names) {
    const path = join(seedsDir, name);
    const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      failures.push(locatedMessage({ path }, `cannot read the file: ${error.code ?? error.message}`, 1, undefined, 'unreadable'));
    });
    if (!bytes) continue;
    try {
      const record = cache ? cache.ingest(path, bytes, ingestLetter) : ingestLetter(path, bytes);
      const first = fileOfId.get(record.id);
      if (first !== undefined) {
        throw locatedMessage({ path }, `duplicate letter: id \`${record.id}\` is also the id of ${first}`, 1, undefined, 'duplicate-id');
      }
      fileOfId.set(record.id, path);
      records.push(record);
    } catch (error) {
      failures.push(asLocated(error, path));
    }
  }

  records.sort((a, b) => compare(a.letterDate, b.letterDate) || compare(a.id, b.id));
  if (keepGoing) return { records, failures };
  if (failures.length > 0) {
    throw new AggregateError(failures, `${failures.length} of ${names.length} seed file(s) refused`);
  }
  return records;
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

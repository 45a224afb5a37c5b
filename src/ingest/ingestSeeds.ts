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
  const result = await ingestSeedsInto(seedsDir, (record) => record, { keepGoing, cache });
  return keepGoing ? result : result.records;
}

/**
 * Ingests the seeds of `seedsDir` and keeps of each record only what `keep` returns
 * (`keep` may store the record elsewhere first), so that the caller need not hold
 * every record at once; `keep` sees each letter id once, duplicates being refused
 * before. Throws the failures as ingestSeeds does unless `keepGoing`.
 */
export async function ingestSeedsInto<Kept extends { letterDate: string; id: string }>(
  seedsDir: string,
  keep: (record: LetterRecord) => Kept,
  { keepGoing = false, cache }: IngestOptions = {},
): Promise<IngestResult<Kept>> {
  const names = (await readdir(seedsDir, { withFileTypes: true }))
    // Symbolic links count: a seed linked into the folder is a seed, and a broken link is reported, not skipped.
    .filter((entry) => !entry.isDirectory() && seedFile.test(entry.name))
    .map((entry) => entry.name)
    .sort();

  const records: Kept[] = [];
  const failures: VFileMessage[] = [];
  const fileOfId = new Map<string, string>();
  for (const name of names) {
    const path = join(seedsDir, name);
    const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      failures.push(locatedMessage({ path }, `cannot read the file: ${error.code ?? error.message}`, 1, undefined, 'unreadable'));
    });
    if (!bytes) continue;
    let record: LetterRecord;
    try {
      record = cache ? cache.ingest(path, bytes, ingestLetter) : ingestLetter(path, bytes);
      const first = fileOfId.get(record.id);
      if (first !== undefined) {
        throw locatedMessage({ path }, `duplicate letter: id \`${record.id}\` is also the id of ${first}`, 1, undefined, 'duplicate-id');
      }
    } catch (error) {
      failures.push(asLocated(error, path));
      continue;
    }
    fileOfId.set(record.id, path);
    // Outside the try: a failure to keep the letter (a full disk) fails the ingest, not the seed.
    records.push(keep(record));
  }

  records.sort((a, b) => compare(a.letterDate, b.letterDate) || compare(a.id, b.id));
  if (!keepGoing && failures.length > 0) {
    throw new AggregateError(failures, `${failures.length} of ${names.length} seed file(s) refused`);
  }
  return { records, failures };
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

/**
 * The record store: the build's letters on disk, one JSON file per letter keyed
 * by its id (`letters/<id>.json`), and their summaries in archive order
 * (`summaries.json`, see letterSummary.ts). Ingest writes each record as it is
 * made; pages, API files and the search index read the records they need one at
 * a time, so that no process holds the whole archive, and a later build can
 * re-read only the letters it touches.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LetterRecord } from './schema.ts';
import { LetterSummary, summariseLetter } from './letterSummary.ts';

const LETTERS = 'letters';
const SUMMARIES = 'summaries.json';

/** The file of letter `id` in the store at `storeDir`. */
function recordFile(storeDir: string, id: string): string {
  return join(storeDir, LETTERS, `${id}.json`);
}

/** Writes one record into the store (its folder is made on first use). */
export function writeRecord(storeDir: string, record: LetterRecord): void {
  writeRecordText(storeDir, record.id, JSON.stringify(record));
}

/** Writes the JSON text of letter `id`'s record, made elsewhere (a child process of the build), into the store. */
export function writeRecordText(storeDir: string, id: string, text: string): void {
  mkdirSync(join(storeDir, LETTERS), { recursive: true });
  writeFileSync(recordFile(storeDir, id), text);
}

/** Reads letter `id` back, validated against the schema. */
export function readRecord(storeDir: string, id: string): LetterRecord {
  const file = recordFile(storeDir, id);
  const parsed = LetterRecord.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Writes the summaries of the store's letters, in archive order (date, then id). */
export function writeSummaries(storeDir: string, summaries: readonly LetterSummary[]): void {
  mkdirSync(storeDir, { recursive: true });
  writeFileSync(join(storeDir, SUMMARIES), JSON.stringify(summaries));
}

/** Reads the summaries back, validated against their schema. */
export function readSummaries(storeDir: string): LetterSummary[] {
  const file = join(storeDir, SUMMARIES);
  const parsed = z.array(LetterSummary).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Writes a whole archive (records in archive order) into a store at once: for the ingest command and tests. */
export function writeRecordStore(storeDir: string, records: readonly LetterRecord[]): LetterSummary[] {
  for (const record of records) writeRecord(storeDir, record);
  const summaries = records.map(summariseLetter);
  writeSummaries(storeDir, summaries);
  return summaries;
}

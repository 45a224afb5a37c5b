/**
 * Reads the records the build wrote for the site: pages import this, never the seeds.
 * The build names the file in ARCHIVE_RECORDS; `.build/records/documents.json` is the
 * default so that `astro dev` works after one `npm run ingest -- --out .build/records`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Archive, type LetterRecord } from './schema.ts';

let cached: { file: string; records: LetterRecord[] } | undefined;

/** All letters, sorted by date then id, validated against the schema. */
export function loadArchive(): LetterRecord[] {
  const file = resolve(process.env.ARCHIVE_RECORDS ?? '.build/records/documents.json');
  if (cached?.file !== file) {
    cached = { file, records: Archive.parse(JSON.parse(readFileSync(file, 'utf8'))) };
  }
  return cached.records;
}

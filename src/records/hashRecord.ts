/** A hash of a letter's record: what the pages and the index made from it depend on (see letterPageKeys.ts, buildSearchIndex.ts). */
import { createHash } from 'node:crypto';
import type { LetterRecord } from './schema.ts';

/** The SHA-256 of the record's JSON. */
export function hashRecord(record: LetterRecord): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex');
}

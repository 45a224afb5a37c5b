/**
 * A fingerprint of the files whose code or data make a stage's output (the
 * ingest's records, an index bundle): keyed by it, a cached or copied output is
 * never trusted once that code changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** A SHA-256 of each file's name and bytes, in the order given. */
export function fingerprintFiles(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(basename(file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

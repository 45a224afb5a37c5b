/**
 * A content-keyed cache of ingested records, so that rebuilding an archive after
 * adding one letter re-ingests only that letter. Ingesting a seed is a pure
 * function of its file name and bytes (see ingestLetter.ts); the key is a hash of
 * both plus a fingerprint of the ingest code and dictionary, so that changing the
 * pipeline invalidates every entry instead of serving stale records.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fingerprintFiles } from '../build/fingerprintFiles.ts';
import type { LetterRecord } from '../records/schema.ts';

export interface IngestCache {
  /** The record of this file: read from the cache, or made by `ingest` and stored. */
  ingest(path: string, bytes: Uint8Array, ingest: (path: string, bytes: Uint8Array) => LetterRecord): LetterRecord;
  /** Files served from the cache, and files that had to be ingested, since the cache was opened. */
  readonly stats: { hits: number; misses: number };
}

/** Opens (creating if need be) the cache in `dir`; `version` names the pipeline that made its entries. */
export function openIngestCache(dir: string, version = loadedIngestVersion()): IngestCache {
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    ingest(path, bytes, ingest) {
      const key = createHash('sha256').update(version).update('\0').update(basename(path)).update('\0').update(bytes).digest('hex');
      const file = join(dir, key.slice(0, 2), `${key}.json`);
      const cached = readCached(file);
      if (cached !== undefined) {
        stats.hits += 1;
        return cached;
      }
      stats.misses += 1;
      const record = ingest(path, bytes);
      writeAtomically(file, JSON.stringify(record));
      return record;
    },
  };
}

let loaded: string | undefined;

/**
 * The fingerprint of the ingest code this process runs: taken once, when first
 * needed, because the modules in memory do not change when their files are
 * edited later — and entries must be keyed by the code that made them.
 */
function loadedIngestVersion(): string {
  loaded ??= ingestVersion();
  return loaded;
}

/** A fingerprint of the code and data that make records: the ingest modules, the record schema and state names, the dictionary. */
export function ingestVersion(): string {
  const ingestDir = import.meta.dirname;
  return fingerprintFiles([
    ...readdirSync(ingestDir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(ingestDir, entry.name))
      .sort(),
    join(ingestDir, '../records/schema.ts'),
    // Modules outside src/ingest/ whose content shapes records: the state names, annex numerals in messages.
    join(ingestDir, '../records/unStates.ts'),
    join(ingestDir, '../components/utils/chineseNumeral.ts'),
  ]);
}

function readCached(file: string): LetterRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LetterRecord;
  } catch (error) {
    // A missing entry is a miss; so is a damaged one, which the fresh record then replaces.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** Writes through a temporary file, so that a crash never leaves half an entry for the next build to trust. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** The content-keyed ingest cache (src/ingest/ingestCache.ts) that the bench's one-letter rebuild relies on. */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openIngestCache } from '../../src/ingest/ingestCache.ts';
import { ingestLetter } from '../../src/ingest/ingestLetter.ts';

const seedsDir = resolve(import.meta.dirname, '../../seeds');
const dir = await mkdtemp(join(tmpdir(), 'ingest-cache-'));

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openIngestCache', () => {
  const path = join(seedsDir, '000_d83968b591f3d1da.txt');

  it('ingests a file once and serves the same record from then on, also to a new process', async () => {
    const bytes = await readFile(path);
    const first = openIngestCache(join(dir, 'a'), 'v1');
    const record = first.ingest(path, bytes, ingestLetter);
    expect(first.ingest(path, bytes, ingestLetter)).toEqual(record);
    expect(first.stats).toEqual({ hits: 1, misses: 1 });

    const reopened = openIngestCache(join(dir, 'a'), 'v1');
    const refuse = (): never => {
      throw new Error('should have come from the cache');
    };
    expect(reopened.ingest(path, bytes, refuse)).toEqual(record);
    expect(reopened.stats).toEqual({ hits: 1, misses: 0 });
  });

  it('keys entries by content, file name and pipeline version', async () => {
    const bytes = await readFile(path);
    const cache = openIngestCache(join(dir, 'b'), 'v1');
    cache.ingest(path, bytes, ingestLetter);
    const edited = new Uint8Array([...bytes, ...new TextEncoder().encode('\n')]);
    cache.ingest(path, edited, ingestLetter);
    cache.ingest(join(dir, 'renamed.txt'), bytes, ingestLetter);
    expect(cache.stats).toEqual({ hits: 0, misses: 3 });
    const newer = openIngestCache(join(dir, 'b'), 'v2');
    newer.ingest(path, bytes, ingestLetter);
    expect(newer.stats).toEqual({ hits: 0, misses: 1 });
  });

  it('replaces a damaged entry instead of trusting it, and caches no refusal', async () => {
    const bytes = await readFile(path);
    const cache = openIngestCache(join(dir, 'c'), 'v1');
    cache.ingest(path, bytes, ingestLetter);
    const [shard] = await readdir(join(dir, 'c'));
    const [entry] = await readdir(join(dir, 'c', shard!));
    await writeFile(join(dir, 'c', shard!, entry!), '{"truncated":');
    const again = openIngestCache(join(dir, 'c'), 'v1');
    expect(again.ingest(path, bytes, ingestLetter).source).toBe('000_d83968b591f3d1da.txt');
    expect(again.stats.misses).toBe(1);

    const empty = join(dir, 'empty.txt');
    expect(() => again.ingest(empty, new Uint8Array(), ingestLetter)).toThrow();
    expect(() => again.ingest(empty, new Uint8Array(), ingestLetter)).toThrow();
    expect(again.stats.misses).toBe(3);
  });
});

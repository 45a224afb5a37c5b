/**
 * The search stage on the five seed letters: one Pagefind page and one text file
 * per letter in rank order, the character map, and chunk probes that name only
 * chunks starting with their character.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSeeds } from '../../src/ingest/ingestSeeds.ts';
import type { LetterRecord } from '../../src/records/schema.ts';
import { buildSearchIndex, SHARD_SIZE, type LetterText } from '../../src/search/buildSearchIndex.ts';
import { probesFor } from '../../src/search/chunkProbes.ts';
import { encodeChar } from '../../src/search/encodeNgrams.ts';
import { readIndexChunks } from '../../src/search/readIndexChunks.ts';
import { recordUnits } from '../../src/search/recordUnits.ts';

let site: string;
let records: LetterRecord[];
const index = () => join(site, 'pagefind');
const gunzipJson = async (file: string) => JSON.parse(gunzipSync(await readFile(file)).toString('utf8')) as unknown;

beforeAll(async () => {
  records = await ingestSeeds('seeds');
  site = await mkdtemp(join(tmpdir(), 'search-index-'));
  await buildSearchIndex(records, site);
});
afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('buildSearchIndex', () => {
  it('writes every letter, newest first, with all its units as printed', async () => {
    const texts = await Promise.all(records.map((_, rank) => gunzipJson(join(index(), 'text', `${rank}.json.gz`)) as Promise<LetterText>));
    const dates = texts.map((text) => text.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const text of texts) {
      const record = records.find((candidate) => candidate.url === text.url);
      expect(record).toBeDefined();
      expect(text.units).toEqual(recordUnits(record as LetterRecord));
      expect(text.title).toBe(record?.title);
    }
    expect(await readdir(join(index(), 'text'))).toHaveLength(records.length);
  });

  it('writes the character map as traditional–simplified pairs', async () => {
    const pairs = [...((await gunzipJson(join(index(), 'simplified.json.gz'))) as string)];
    const map = new Map<string, string>();
    for (let i = 0; i < pairs.length; i += 2) map.set(pairs[i] ?? '', pairs[i + 1] ?? '');
    expect(map.get('國')).toBe('国');
    expect(map.get('聯')).toBe('联');
  });

  it('lists the chunks in word order, and per character only the chunks starting with it', async () => {
    const chunks = await readIndexChunks(index());
    expect(chunks.length).toBeGreaterThan(0);
    for (const [i, chunk] of chunks.entries()) {
      expect(chunk.from <= chunk.to).toBe(true);
      if (i > 0) expect((chunks[i - 1]?.to ?? '') < chunk.from).toBe(true);
    }
    const files = await readdir(join(index(), 'probes'));
    expect(files).toContain(`${encodeChar('阿')}.json`);
    let listed = 0;
    for (const file of files) {
      const char = file.replace(/\.json$/, '');
      const starts = JSON.parse(await readFile(join(index(), 'probes', file), 'utf8')) as string[];
      for (const from of starts) expect(from.startsWith(char)).toBe(true);
      listed += starts.length;
    }
    // Every chunk starting with a whole character spelling is listed under that character.
    expect(listed).toBe(chunks.filter(({ from }) => files.includes(`${from.slice(0, from.startsWith('z') ? 5 : 3)}.json`)).length);
  });

  it('names the shards it cut search order into', async () => {
    const shards = JSON.parse(await readFile(join(index(), 'shards.json'), 'utf8')) as unknown;
    expect(shards).toEqual({ size: SHARD_SIZE, count: Math.ceil(records.length / SHARD_SIZE) });
  });

  it('keeps only what the page loads: no fragments, no UI bundles', async () => {
    const written = await readdir(index());
    expect(written).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'index', 'filter', 'text', 'probes']));
    expect(written.filter((name) => name === 'fragment' || /-ui\.|highlight/.test(name))).toEqual([]);
  });
});

describe('probesFor', () => {
  it('keeps the chunk starts inside the range of words beginning with the prefix', () => {
    expect(probesFor(['abc', 'abcd1', 'abcz', 'abd'], 'abc')).toEqual(['abcd1', 'abcz']);
  });
});

/**
 * The search stage on the five seed letters: one Pagefind page per letter in
 * rank order, in bundles of two shards of two letters; text files of four
 * letters; the character map; and chunk probes that name only chunks starting
 * with their character.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSeeds } from '../../src/ingest/ingestSeeds.ts';
import { writeRecordStore } from '../../src/records/recordStore.ts';
import type { LetterRecord } from '../../src/records/schema.ts';
import { buildSearchIndex, TEXT_GROUP, type LetterText } from '../../src/search/buildSearchIndex.ts';
import { indexLayout, textFileOf } from '../../src/search/indexLayout.ts';
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
  const store = join(site, 'store');
  await buildSearchIndex(writeRecordStore(store, records), store, site, { shardSize: 2, shardsPerBundle: 2 });
});
afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('buildSearchIndex', () => {
  it('writes every letter, newest first, with all its units as printed', async () => {
    const files = await readdir(join(index(), 'text'));
    expect(files).toHaveLength(Math.ceil(records.length / TEXT_GROUP));
    const texts = (await Promise.all(files.map((_, group) => gunzipJson(join(index(), 'text', `${group}.json.gz`)) as Promise<LetterText[]>))).flat();
    expect(texts).toHaveLength(records.length);
    const dates = texts.map((text) => text.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const text of texts) {
      const record = records.find((candidate) => candidate.url === text.url);
      expect(record).toBeDefined();
      expect(text.units).toEqual(recordUnits(record as LetterRecord));
      expect(text.title).toBe(record?.title);
    }
    const last = textFileOf(records.length - 1, TEXT_GROUP);
    expect(last.file).toBe(`text/${files.length - 1}.json.gz`);
    expect(((await gunzipJson(join(index(), last.file))) as LetterText[])[last.offset]).toEqual(texts.at(-1));
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

  it('writes each bundle as a Pagefind index of its own, and names them in layout.json', async () => {
    const layout = JSON.parse(await readFile(join(index(), 'layout.json'), 'utf8')) as unknown;
    expect(layout).toEqual({
      shardSize: 2,
      textGroup: TEXT_GROUP,
      bundles: [
        { path: '', start: 0, letters: 4 },
        { path: 'b1/', start: 4, letters: 1 },
      ],
    });
    expect(layout).toEqual(indexLayout(records.length, 2, 2, TEXT_GROUP));
    const entry = (path: string) => readFile(join(index(), path, 'pagefind-entry.json'), 'utf8').then((text) => JSON.parse(text) as { languages: Record<string, { page_count: number }> });
    expect((await entry('')).languages.zh?.page_count).toBe(4);
    expect((await entry('b1')).languages.zh?.page_count).toBe(1);
    // A later bundle is merged into the first one's instance: it needs no script, worker or WebAssembly of its own.
    const later = await readdir(join(index(), 'b1'));
    expect(later.filter((name) => !name.endsWith('.pf_meta')).sort()).toEqual(['filter', 'index', 'pagefind-entry.json', 'probes']);
    expect(later.filter((name) => name.endsWith('.pf_meta'))).toHaveLength(1);
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

/**
 * The search stage on the five seed letters: one Pagefind page per letter in
 * rank order, in bundles of two shards of two letters cut from the oldest; text
 * files of four letters per bundle; the character map; each bundle's chunk
 * probes, every chunk listed under the character it starts with; and a rebuild
 * that copies the bundles its change leaves as they were.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSeeds } from '../../src/ingest/ingestSeeds.ts';
import { writeRecordStore } from '../../src/records/recordStore.ts';
import type { LetterRecord } from '../../src/records/schema.ts';
import { buildSearchIndex, TEXT_GROUP, type LetterText } from '../../src/search/buildSearchIndex.ts';
import { textFileOf, type IndexLayout } from '../../src/search/indexLayout.ts';
import { probesFor } from '../../src/search/chunkProbes.ts';
import { readIndexChunks } from '../../src/search/readIndexChunks.ts';
import { symbolFile, symbolFilePath, type SymbolOwners } from '../../src/search/symbolFile.ts';
import { recordUnits } from '../../src/search/recordUnits.ts';

let site: string;
let records: LetterRecord[];
const index = () => join(site, 'pagefind');
const gunzipJson = async (file: string) => JSON.parse(gunzipSync(await readFile(file)).toString('utf8')) as unknown;

let layout: IndexLayout;
let preloads: string[];
const readTexts = async (bundle: { id: number }) => {
  const files = await readdir(join(index(), 'text', String(bundle.id)));
  return (await Promise.all(files.map((_, group) => gunzipJson(join(index(), 'text', String(bundle.id), `${group}.json.gz`)) as Promise<LetterText[]>))).flat();
};

beforeAll(async () => {
  records = await ingestSeeds('seeds');
  site = await mkdtemp(join(tmpdir(), 'search-index-'));
  const store = join(site, 'store');
  ({ layout, preloads } = await buildSearchIndex(writeRecordStore(store, records), store, site, { shardSize: 2, shardsPerBundle: 2 }));
});
afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('buildSearchIndex', () => {
  it('names the files Pagefind fetches first, for the search page to preload, the entry file with a tag that is a hash of it', async () => {
    for (const bundle of layout.bundles) {
      const entry = await readFile(join(index(), bundle.path, 'pagefind-entry.json'), 'utf8');
      expect(bundle.entryTag).toBe(createHash('sha256').update(entry).digest('hex').slice(0, 16));
      expect(await readdir(join(index(), bundle.path))).toContain(bundle.meta);
      expect(entry).toContain(bundle.meta.replace(/^pagefind\.|\.pf_meta$/g, ''));
    }
    expect(layout.bundles.length).toBeGreaterThan(1);
    expect(preloads[0]).toBe(`/pagefind/pagefind-entry.json?ts=${layout.bundles[0]?.entryTag}`);
    expect(preloads.slice(1).map((href) => href.replace(/^\/pagefind\//, '')).sort()).toEqual((await readdir(index())).filter((name) => /\.pf_meta$|^wasm\./.test(name)).sort());
  });

  it('ships Pagefind’s page and worker scripts polling for their files every 4 ms, not 50', async () => {
    for (const name of ['pagefind.js', 'pagefind-worker.js']) {
      const script = await readFile(join(index(), name), 'utf8');
      expect(script).not.toContain('asyncSleep(50)');
      expect(script.split('await asyncSleep(4);')).toHaveLength(3);
    }
  });

  it('writes every letter, newest first, with all its units as printed', async () => {
    const texts = (await Promise.all(layout.bundles.map(readTexts))).flat();
    expect(texts).toHaveLength(records.length);
    const dates = texts.map((text) => text.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const text of texts) {
      const record = records.find((candidate) => candidate.url === text.url);
      expect(record).toBeDefined();
      expect(text.units).toEqual(recordUnits(record as LetterRecord));
      expect(text.title).toBe(record?.title);
    }
    for (const rank of texts.keys()) {
      const { file, offset } = textFileOf(layout, rank);
      expect(((await gunzipJson(join(index(), file))) as LetterText[])[offset]).toEqual(texts[rank]);
    }
  });

  it('lists every letter under each of its own symbols, normalised, in the owner file the symbol hashes to', async () => {
    const texts = (await Promise.all(layout.bundles.map(readTexts))).flat();
    const files = await readdir(join(index(), 'symbols'));
    expect(files).toHaveLength(layout.symbolFiles);
    const owners = new Map<string, number[]>();
    for (const [number] of files.entries()) {
      const file = (await gunzipJson(join(index(), symbolFilePath(number)))) as SymbolOwners;
      for (const [symbol, letters] of Object.entries(file)) {
        expect(symbolFile(symbol, layout.symbolFiles)).toBe(number);
        owners.set(symbol, letters.map(([id, place]) => (layout.bundles.find((bundle) => bundle.id === id)?.start ?? NaN) + place));
      }
    }
    const expected = new Map<string, number[]>();
    for (const [rank, text] of texts.entries()) {
      for (const symbol of text.symbols.split(' ').filter(Boolean)) expected.set(symbol.toLowerCase(), [...(expected.get(symbol.toLowerCase()) ?? []), rank]);
    }
    expect(expected.size).toBeGreaterThan(1);
    expect(owners).toEqual(expected);
  });

  it('writes the character map as traditional–simplified pairs', async () => {
    const pairs = [...((await gunzipJson(join(index(), 'simplified.json.gz'))) as string)];
    const map = new Map<string, string>();
    for (let i = 0; i < pairs.length; i += 2) map.set(pairs[i] ?? '', pairs[i + 1] ?? '');
    expect(map.get('國')).toBe('国');
    expect(map.get('聯')).toBe('联');
  });

  it('lists the chunks in word order, and in probes.json every chunk under the character it starts with', async () => {
    for (const bundle of layout.bundles.map(({ path }) => path)) {
      const chunks = await readIndexChunks(join(index(), bundle));
      expect(chunks.length).toBeGreaterThan(0);
      for (const [i, chunk] of chunks.entries()) {
        expect(chunk.from <= chunk.to).toBe(true);
        if (i > 0) expect((chunks[i - 1]?.to ?? '') < chunk.from).toBe(true);
      }
      const probes = JSON.parse(await readFile(join(index(), bundle, 'probes.json'), 'utf8')) as Record<string, string[]>;
      for (const [char, starts] of Object.entries(probes)) {
        expect(starts.length, char).toBeGreaterThan(0);
        for (const from of starts) expect(from.slice(0, from.startsWith('z') ? 5 : 3)).toBe(char);
      }
      // Every chunk is listed, in order, under the character its first word starts with.
      expect(Object.values(probes).flat().sort()).toEqual(chunks.map(({ from }) => from));
    }
    // Several chunks in the largest bundle, or the probes were never put to the test.
    const largest = layout.bundles.reduce((a, b) => (b.letters > a.letters ? b : a));
    expect((await readIndexChunks(join(index(), largest.path))).length).toBeGreaterThan(1);
  });

  it('writes each bundle as a Pagefind index of its own, cut from the oldest letter, and names them in layout.json', async () => {
    expect(JSON.parse(await readFile(join(index(), 'layout.json'), 'utf8'))).toEqual(layout);
    const [oldest, newest] = [...records].sort((a, b) => a.letterDate.localeCompare(b.letterDate));
    expect(layout).toMatchObject({
      shardSize: 2,
      textGroup: TEXT_GROUP,
      bundles: [
        { id: 1, path: '', start: 0, letters: 1, bound: { date: records.at(-1)?.letterDate, url: records.at(-1)?.url } },
        { id: 0, path: 'b0/', start: 1, letters: 4, bound: { date: oldest?.letterDate, url: oldest?.url } },
      ],
    });
    expect(newest).toBeDefined();
    const entry = (path: string) => readFile(join(index(), path, 'pagefind-entry.json'), 'utf8').then((text) => JSON.parse(text) as { languages: Record<string, { page_count: number }> });
    expect((await entry('')).languages.zh?.page_count).toBe(1);
    expect((await entry('b0')).languages.zh?.page_count).toBe(4);
    // A later bundle is merged into the first one's instance: it needs no script, worker or WebAssembly of its own.
    const later = await readdir(join(index(), 'b0'));
    expect(later.filter((name) => !name.endsWith('.pf_meta')).sort()).toEqual(['filter', 'index', 'pagefind-entry.json', 'probes.json']);
    expect(later.filter((name) => name.endsWith('.pf_meta'))).toHaveLength(1);
  });

  it('keeps only what the page loads: no fragments, no UI bundles', async () => {
    const written = await readdir(index());
    expect(written).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'index', 'filter', 'text', 'probes.json']));
    expect(written.filter((name) => name === 'fragment' || /-ui\.|highlight/.test(name))).toEqual([]);
  });
});

describe('buildSearchIndex after a build', () => {
  const sites: string[] = [];
  const build = async (letters: LetterRecord[], previousSiteDir?: string) => {
    const dir = await mkdtemp(join(tmpdir(), 'search-rebuild-'));
    sites.push(dir);
    const store = join(dir, 'store');
    return { dir, ...(await buildSearchIndex(writeRecordStore(store, letters), store, dir, { shardSize: 1, shardsPerBundle: 2, previousSiteDir })) };
  };
  /** A bundle's own files (not the other bundles', texts or layout under the first one) by path, as hashes of their bytes. */
  const files = async (dir: string, path: string) => {
    const root = join(dir, 'pagefind', path);
    const names = (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(root.length))
      .filter((name) => !/^\/?(?:b\d+\/|text\/|layout\.json)/.test(name));
    return new Map(await Promise.all(names.map(async (name) => [name, createHash('sha256').update(await readFile(join(root, name))).digest('hex')] as const)));
  };
  afterAll(async () => {
    await Promise.all(sites.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('copies every bundle of an unchanged archive, file for file', async () => {
    const first = await build(records);
    const again = await build(records, first.dir);
    expect(again.copied).toBe(first.layout.bundles.length);
    expect(again.layout).toEqual(first.layout);
    expect(await files(again.dir, '')).toEqual(await files(first.dir, ''));
  });

  it('indexes again only the bundle a changed letter is in', async () => {
    const oldestFirst = [...records].sort((a, b) => a.letterDate.localeCompare(b.letterDate));
    const first = await build(records);
    const changed = records.map((record) => (record === oldestFirst[0] ? { ...record, title: `${record.title}（更正）` } : record));
    const next = await build(changed, first.dir);
    expect(next.copied).toBe(first.layout.bundles.length - 1);
    const [oldest] = next.layout.bundles.slice(-1);
    expect(oldest?.key).not.toBe(first.layout.bundles.at(-1)?.key);
    for (const bundle of next.layout.bundles.slice(0, -1)) {
      expect(await files(next.dir, bundle.path)).toEqual(await files(first.dir, bundle.path));
    }
    const texts = (await gunzipJson(join(next.dir, 'pagefind', textFileOf(next.layout, records.length - 1).file))) as LetterText[];
    expect(texts.map(({ title }) => title)).toContain(`${oldestFirst[0]?.title}（更正）`);
  });
});

describe('probesFor', () => {
  it('keeps the chunk starts inside the range of words beginning with the prefix', () => {
    expect(probesFor(['abc', 'abcd1', 'abcz', 'abd'], 'abc')).toEqual(['abcd1', 'abcz']);
  });
});

/**
 * The build's search stage, written under `<site>/pagefind/` (see indexLayout.ts):
 * - the index bundles, one Pagefind index per run of letters in search order,
 *   written one after another (writePagefindBundle.ts); besides the reader's
 *   filters, hidden filters mark each letter's shard and bundle (shardFilter.ts),
 *   so that the page can ask for one run at a time (see client/searchArchive.ts);
 * - `text/<group>.json.gz`, the units a hit shows and is checked against, and
 *   the letter's filter values (the exact counts once all are read), for
 *   TEXT_GROUP consecutive letters per file;
 * - `layout.json`, the shards, text groups and bundles;
 * - `simplified.json.gz`, the character map the page normalises queries with,
 *   as one string of (traditional, simplified) character pairs.
 * Pagefind's fragments and its UI bundles are removed, and from every bundle but
 * the first its script, worker and WebAssembly: the page never reads them.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { agendaTopics } from '../records/agendaTopics.ts';
import type { LetterSummary } from '../records/letterSummary.ts';
import { readRecord } from '../records/recordStore.ts';
import { indexLayout, type IndexLayout } from './indexLayout.ts';
import { searchEntry, searchOrder, type SearchEntry } from './searchEntries.ts';
import { bundleFilter, IN_SHARD, shardFilter } from './shardFilter.ts';
import { simplifiedCharMap } from './simplifiedCharMap.ts';
import { writePagefindBundle } from './writePagefindBundle.ts';

/** Folder of the index under the site root, as the page loads it. */
export const INDEX_DIR = 'pagefind';

/** Letters per shard, in search order, unless the build says otherwise. */
export const SHARD_SIZE = 500;

/**
 * Shards per index bundle, unless the build says otherwise: 2,000 letters, for
 * which Pagefind's indexer holds about 1.8 GB (it holds 8 GB for 10,000).
 */
export const SHARDS_PER_BUNDLE = 4;

/**
 * Letters per text file: four letters' units are about 6.6 kB gzip-compressed
 * against 2.4 kB for one, and cut the files the site holds by three quarters.
 */
export const TEXT_GROUP = 4;

export interface SearchIndexOptions {
  /** Letters per shard (default SHARD_SIZE); the page finds the layout in the index, so any size works. */
  shardSize?: number;
  /** Shards per bundle (default SHARDS_PER_BUNDLE). */
  shardsPerBundle?: number;
}

/** Letters compressed at once. */
const BATCH = 64;

/** What Pagefind writes that the page never loads: per-page fragments (the page reads text/) and the UI bundles. */
const UNUSED_OUTPUT = [
  'fragment',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** What a merged bundle does not need either: the first bundle's instance loads them for all. */
const FIRST_BUNDLE_ONLY = ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind', 'wasm.zh.pagefind'];

const compress = promisify(gzip);

/** What `text/<group>.json.gz` holds for one letter. */
export type LetterText = SearchEntry;

/**
 * Indexes the letters of `summaries` into `siteDir`, reading their records from
 * the store at `storeDir` a bundle (and then a batch of text files) at a time;
 * fails when Pagefind reports any error.
 */
export async function buildSearchIndex(
  summaries: readonly LetterSummary[],
  storeDir: string,
  siteDir: string,
  { shardSize = SHARD_SIZE, shardsPerBundle = SHARDS_PER_BUNDLE }: SearchIndexOptions = {},
): Promise<IndexLayout> {
  const simplified = simplifiedCharMap();
  const dir = join(siteDir, INDEX_DIR);
  const order = searchOrder(summaries);
  const topics = agendaTopics(summaries);
  /** The entries of the letters of ranks `start` to `end` (excluded). */
  const entriesOf = (start: number, end: number): SearchEntry[] => order.slice(start, end).map(({ id }) => searchEntry(readRecord(storeDir, id), topics));
  const layout = indexLayout(order.length, shardSize, shardsPerBundle, TEXT_GROUP);
  for (const [number, bundle] of layout.bundles.entries()) {
    const bundleDir = join(dir, bundle.path);
    const letters = entriesOf(bundle.start, bundle.start + bundle.letters).map((entry, offset) => ({
      entry,
      hidden: { [shardFilter(Math.floor((bundle.start + offset) / shardSize))]: [IN_SHARD], [bundleFilter(number)]: [IN_SHARD] },
    }));
    await writePagefindBundle(letters, bundleDir, simplified);
    const unused = number === 0 ? UNUSED_OUTPUT : [...UNUSED_OUTPUT, ...FIRST_BUNDLE_ONLY];
    await Promise.all(unused.map((name) => rm(join(bundleDir, name), { recursive: true, force: true })));
  }
  await mkdir(join(dir, 'text'), { recursive: true });
  const groups = Math.ceil(order.length / TEXT_GROUP);
  for (let start = 0; start < groups; start += BATCH) {
    const entries = entriesOf(start * TEXT_GROUP, (start + BATCH) * TEXT_GROUP);
    await Promise.all(
      Array.from({ length: Math.min(BATCH, groups - start) }, async (_, offset) => {
        const texts: LetterText[] = entries.slice(offset * TEXT_GROUP, (offset + 1) * TEXT_GROUP);
        await writeFile(join(dir, 'text', `${start + offset}.json.gz`), await compress(JSON.stringify(texts), { level: 9 }));
      }),
    );
  }
  await writeFile(join(dir, 'layout.json'), JSON.stringify(layout));
  const pairs = Object.entries(simplified).map(([from, to]) => from + to).join('');
  await writeFile(join(dir, 'simplified.json.gz'), await compress(JSON.stringify(pairs), { level: 9 }));
  return layout;
}

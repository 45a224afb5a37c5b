/**
 * The build's search stage, written under `<site>/pagefind/` (see indexLayout.ts):
 * - the index bundles, one Pagefind index per run of letters in search order,
 *   written one after another (writePagefindBundle.ts); besides the reader's
 *   filters, hidden filters mark each letter's shard and bundle (shardFilter.ts),
 *   so that the page can ask for one run at a time (see client/searchArchive.ts);
 * - `text/<bundle id>/<group>.json.gz`, the units a hit shows and is checked
 *   against, and the letter's filter values (the exact counts once all are read),
 *   for TEXT_GROUP consecutive letters per file;
 * - `symbols/<n>.json.gz`, the letters carrying each symbol as their own
 *   (writeSymbolOwners.ts), for a symbol query's first hits;
 * - `layout.json`, the shards, text groups and bundles, each bundle with a key
 *   hashing what it indexes and the code that indexes it;
 * - `simplified.json.gz`, the character map the page normalises queries with,
 *   as one string of (traditional, simplified) character pairs.
 * Pagefind's fragments and its UI bundles are removed, and from every bundle but
 * the first its script, worker and WebAssembly: the page never reads them. The
 * first bundle's scripts wait for their files polling every 4 ms, not 50,
 * and fetch their files inflated by the browser (editPagefindScripts.ts).
 * Given the last build's site, the bundles are cut where that build cut them
 * (planBundles.ts), and a bundle whose key is unchanged is copied from it with
 * its texts rather than indexed again: adding a letter indexes one bundle.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { agendaTopics, topicsOfLetter, type AgendaTopic } from '../records/agendaTopics.ts';
import { hashRecord } from '../records/hashRecord.ts';
import type { LetterSummary } from '../records/letterSummary.ts';
import { readRecord } from '../records/recordStore.ts';
import { fingerprintFiles } from '../build/fingerprintFiles.ts';
import { linkTree } from '../build/linkTree.ts';
import { bundlePath, type IndexBundle, type IndexLayout, type PlannedBundle } from './indexLayout.ts';
import { planBundles } from './planBundles.ts';
import { editPagefindScripts } from './editPagefindScripts.ts';
import { readPreviousLayout } from './readPreviousLayout.ts';
import { searchEntry, searchOrder, type SearchEntry } from './searchEntries.ts';
import { bundleFilter, bundleShards, IN_SHARD } from './shardFilter.ts';
import { simplifiedCharMap } from './simplifiedCharMap.ts';
import { writePagefindBundle } from './writePagefindBundle.ts';
import { writeSymbolOwners } from './writeSymbolOwners.ts';
import { readBundleEntry, startupPreloads, type BundleEntry } from './startupPreloads.ts';

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
  /** The last build's site, whose unchanged bundles are copied rather than indexed again. */
  previousSiteDir?: string;
  /**
   * A hash of each letter's record, by page URL, taken as it was ingested: a
   * bundle's key is made of these (and of its letters' topics), so that an
   * unchanged bundle is known without reading its records. Read from the store when not given.
   */
  recordHashes?: ReadonlyMap<string, string>;
  /** The letters' agenda topics, if the caller has them (made from the summaries when not given). */
  topics?: AgendaTopic<LetterSummary>[];
}

/** The layout written, how many of its bundles were copied from the last build, and what the search page preloads. */
export interface SearchIndexResult {
  layout: IndexLayout;
  copied: number;
  /** The files Pagefind fetches first, for the search page's head (see startupPreloads.ts). */
  preloads: string[];
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

/** What a text file holds for one letter. */
export type LetterText = SearchEntry;

/** What the index folder holds besides the bundles' own files. */
const SHARED_OUTPUT = new Set(['text', 'symbols', 'layout.json', 'simplified.json.gz']);

/**
 * Indexes the letters of `summaries` into `siteDir`, reading their records from
 * the store at `storeDir` a bundle at a time; fails when Pagefind reports any error.
 */
export async function buildSearchIndex(
  summaries: readonly LetterSummary[],
  storeDir: string,
  siteDir: string,
  { shardSize = SHARD_SIZE, shardsPerBundle = SHARDS_PER_BUNDLE, previousSiteDir, recordHashes, topics: given }: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  const simplified = simplifiedCharMap();
  const dir = join(siteDir, INDEX_DIR);
  const previousDir = previousSiteDir === undefined ? undefined : join(previousSiteDir, INDEX_DIR);
  const previous = previousDir === undefined ? undefined : await readPreviousLayout(previousDir);
  const order = searchOrder(summaries);
  const topics = given ?? agendaTopics(summaries);
  const plan = planBundles(order.map(({ letterDate, url }) => ({ date: letterDate, url })), shardSize * shardsPerBundle, previous?.bundles);
  const code = indexCodeVersion(simplified);
  const planned: PlannedBundle[] = [];
  let copied = 0;
  await mkdir(dir, { recursive: true });
  const recordHash = (letter: LetterSummary) => recordHashes?.get(letter.url) ?? hashRecord(readRecord(storeDir, letter.id));
  for (const [number, cut] of plan.entries()) {
    const members = order.slice(cut.start, cut.start + cut.letters);
    const path = bundlePath(cut.id, number === 0);
    // A letter's entry is made of its record and the titles of its topics, which other letters can change.
    const inputs = members.map((letter) => [recordHash(letter), topicsOfLetter(letter, topics).map(({ topic }) => topic.title)]);
    const key = createHash('sha256').update(JSON.stringify([code, shardSize, TEXT_GROUP, cut.id, path, inputs])).digest('hex');
    const bundle: PlannedBundle = { ...cut, path, key };
    planned.push(bundle);
    const bundleDir = join(dir, bundle.path);
    const textDir = join(dir, 'text', String(bundle.id));
    const unchanged = previous?.bundles.find((last) => last.id === bundle.id && last.path === bundle.path && last.key === bundle.key);
    if (unchanged !== undefined && previousDir !== undefined && (await copyBundle(join(previousDir, bundle.path), bundleDir, number === 0))) {
      await linkTree(join(previousDir, 'text', String(bundle.id)), textDir);
      copied += 1;
      continue;
    }
    const letters = members.map(({ id }) => searchEntry(readRecord(storeDir, id), topics));
    const shards = bundleShards(bundle, shardSize);
    await writePagefindBundle(
      letters.map((entry, rank) => ({ entry, hidden: { [shards[Math.floor(rank / shardSize)] as string]: [IN_SHARD], [bundleFilter(bundle)]: [IN_SHARD] } })),
      bundleDir,
      simplified,
    );
    const unused = number === 0 ? UNUSED_OUTPUT : [...UNUSED_OUTPUT, ...FIRST_BUNDLE_ONLY];
    await Promise.all(unused.map((name) => rm(join(bundleDir, name), { recursive: true, force: true })));
    if (number === 0) await editPagefindScripts(bundleDir);
    await writeTexts(letters, textDir);
  }
  const entries = await Promise.all(planned.map(({ path }) => readBundleEntry(join(dir, path))));
  const bundles: IndexBundle[] = planned.map((bundle, number) => {
    const { entryTag, meta } = entries[number] as BundleEntry;
    return { ...bundle, entryTag, meta };
  });
  const symbolFiles = await writeSymbolOwners(order.map(({ symbols }) => symbols), bundles, dir, simplified);
  const [first] = bundles;
  const preloads = first === undefined ? [] : startupPreloads(first, (entries[0] as BundleEntry).wasm, `/${INDEX_DIR}/`);
  const layout: IndexLayout = { shardSize, textGroup: TEXT_GROUP, symbolFiles, bundles };
  await writeFile(join(dir, 'layout.json'), JSON.stringify(layout));
  const pairs = Object.entries(simplified).map(([from, to]) => from + to).join('');
  await writeFile(join(dir, 'simplified.json.gz'), await compress(JSON.stringify(pairs), { level: 9 }));
  return { layout, copied, preloads };
}

/** Writes the letters' texts, TEXT_GROUP to a file, into `textDir`. */
async function writeTexts(letters: readonly LetterText[], textDir: string): Promise<void> {
  await mkdir(textDir, { recursive: true });
  const groups = Math.ceil(letters.length / TEXT_GROUP);
  for (let start = 0; start < groups; start += BATCH) {
    await Promise.all(
      Array.from({ length: Math.min(BATCH, groups - start) }, async (_, offset) => {
        const group = start + offset;
        const texts = letters.slice(group * TEXT_GROUP, (group + 1) * TEXT_GROUP);
        await writeFile(join(textDir, `${group}.json.gz`), await compress(JSON.stringify(texts), { level: 9 }));
      }),
    );
  }
}

/**
 * Copies a bundle's files from the last build, the first bundle's without the
 * other bundles' folders and the files all share; false when they are not there.
 */
async function copyBundle(from: string, to: string, first: boolean): Promise<boolean> {
  const names = await readdir(from).catch(() => undefined);
  if (names === undefined || !names.includes('pagefind-entry.json')) return false;
  await mkdir(to, { recursive: true });
  const own = first ? names.filter((name) => !SHARED_OUTPUT.has(name) && !/^b\d+$/.test(name)) : names;
  for (const name of own) await linkTree(join(from, name), join(to, name));
  return true;
}

/** The code and data a bundle's files are made with: the search build's modules, Pagefind's version and the character map. */
function indexCodeVersion(simplified: Record<string, string>): string {
  const dir = import.meta.dirname;
  const modules = readdirSync(dir).filter((name) => name.endsWith('.ts')).sort().map((name) => join(dir, name));
  // Pagefind's exports name no package.json: it is looked up where Node looks for the package.
  const pagefind = (createRequire(import.meta.url).resolve.paths('pagefind') ?? [])
    .map((folder) => join(folder, 'pagefind', 'package.json'))
    .find((file) => existsSync(file));
  if (pagefind === undefined) throw new Error('search index: cannot find the pagefind package');
  return `${fingerprintFiles([...modules, pagefind])}:${JSON.stringify(simplified)}`;
}

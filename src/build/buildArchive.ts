/**
 * The whole build: seeds → records → site pages, API files and search index,
 * written to a staging folder and moved into place only when every stage succeeded,
 * so a failed build — bad input, or a built site that fails validation — leaves
 * the previous output as it was.
 */
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { agendaTopics } from '../records/agendaTopics.ts';
import type { LetterSummary } from '../records/letterSummary.ts';
import { ingestIntoStore } from './ingestIntoStore.ts';
import { buildSite } from './buildSite.ts';
import { writeApi } from './writeApi.ts';
import { buildSearchIndex, INDEX_DIR } from '../search/buildSearchIndex.ts';
import { validateSite } from './validateSite.ts';
import { letterPageKeys, siteCodeVersion } from './letterPageKeys.ts';
import { listingPageKeys } from './listingPageKeys.ts';
import { pageFile, reusablePages, writePageKeys } from './pageReuse.ts';
import { identicalPages } from './identicalPages.ts';
import { addPreloads } from './addPreloads.ts';

/** The search page, which preloads the index's first files (see search/startupPreloads.ts). */
const SEARCH_PAGE = join('search', 'index.html');

export interface BuildOptions {
  /** Folder of seed letters. */
  seedsDir: string;
  /** Where the finished site goes (replaced whole on success). */
  outDir: string;
  /** A folder for the content-keyed ingest cache: unchanged seeds are not ingested again. */
  cacheDir?: string;
  /** Build the letters that ingest, and return the refused seeds as `failures`, instead of failing whole. */
  keepGoing?: boolean;
  /** Letters per search shard (see buildSearchIndex.ts). */
  shardSize?: number;
  /** Shards per index bundle (see indexLayout.ts). */
  shardsPerBundle?: number;
  /** Called with a line of progress for each stage. */
  log?: (line: string) => void;
}

export interface BuildResult {
  /** The summaries of the letters built, by date then id (their records stayed on disk). */
  letters: LetterSummary[];
  /** Seeds refused by ingest (only with `keepGoing`; otherwise the build throws them). */
  failures: VFileMessage[];
  /** Seeds ingested in this build rather than read from the ingest cache (all of them without a cache). */
  ingested: number;
  /** Seconds spent in each stage. */
  seconds: { ingest: number; pages: number; index: number; total: number };
}

/** Builds the archive from `seedsDir` into `outDir`, atomically. */
export async function buildArchive({ seedsDir, outDir, cacheDir, keepGoing = false, shardSize, shardsPerBundle, log = () => {} }: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const target = resolve(outDir);
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), '.staging-'));
  try {
    let mark = performance.now();
    // Each record goes to the store as it is made; only its summary and page inputs stay in memory.
    const store = join(staging, 'records');
    const { letters, inputs, failures, ingested, fromCache } = await ingestIntoStore(resolve(seedsDir), store, {
      keepGoing,
      cacheDir: cacheDir === undefined ? undefined : resolve(cacheDir),
    });
    const ingest = (performance.now() - mark) / 1000;
    const cached = cacheDir === undefined ? '' : `, ${ingested} ingested, ${fromCache} unchanged from cache`;
    const refused = failures.length ? `, ${failures.length} refused` : '';
    log(`ingest: ${letters.length} letters in ${ingest.toFixed(1)} s${cached}${refused}`);

    mark = performance.now();
    const siteDir = join(staging, 'site');
    // The site being replaced is the last build: its letter and listing pages whose key is unchanged are copied, not rendered again.
    const code = siteCodeVersion();
    // The agenda topics, made once (they take a second or two at 10,000 letters) for the page keys and the index.
    const topics = agendaTopics(letters);
    const letterKeys = letterPageKeys(letters, inputs, code, topics);
    const listingKeys = listingPageKeys(letters, code, topics);
    const pageKeys = new Map([...letterKeys, ...listingKeys]);
    const reused = await reusablePages(pageKeys, target);
    await buildSite({ storeDir: store, outDir: siteDir, reuse: { fromDir: target, urls: reused } });
    await writePageKeys(pageKeys, siteDir);
    await writeApi(letters, store, siteDir);
    const pages = (performance.now() - mark) / 1000;
    const reusedLetters = [...letterKeys.keys()].filter((url) => reused.has(url)).length;
    log(`pages: built in ${pages.toFixed(1)} s, ${reusedLetters} of ${letterKeys.size} letter pages and ${reused.size - reusedLetters} of ${listingKeys.size} listing pages unchanged from the last build`);

    mark = performance.now();
    // The site being replaced is the last build: its unchanged index bundles are copied, not indexed again.
    const recordHashes = new Map([...inputs].map(([url, { record }]) => [url, record]));
    inputs.clear();
    let index = 0;
    const indexing = buildSearchIndex(letters, store, siteDir, { shardSize, shardsPerBundle, previousSiteDir: target, recordHashes, topics }).then(async (built) => {
      // The files Pagefind fetches first are named only now: the search page preloads them from its head.
      await addPreloads(join(siteDir, SEARCH_PAGE), built.preloads);
      index = (performance.now() - mark) / 1000;
      log(`index: built in ${index.toFixed(1)} s, ${built.copied} of ${built.layout.bundles.length} bundles unchanged from the last build`);
    });
    // The index reads records, not pages: the pages are validated while it is built, on the cores Pagefind leaves
    // free, and the links into the index once it is written. Pages copied from the last build, or rendered to its
    // very bytes, were validated by it.
    const validating = identicalPages(siteDir, target, new Set([...reused].map(pageFile))).then((unchanged) =>
      validateSite(siteDir, { unchanged, parallel: Math.max(1, availableParallelism() - 1), pending: { dir: INDEX_DIR, written: indexing } }),
    );
    // Both are awaited before anything is thrown: the staging folder is removed only once neither writes to it.
    const [indexed, validated] = await Promise.allSettled([indexing, validating]);
    if (indexed.status === 'rejected') throw indexed.reason;
    if (validated.status === 'rejected') throw validated.reason;
    const problems = validated.value;
    if (problems.length > 0) throw new AggregateError(problems, `the built site has ${problems.length} problems`);

    await replaceDir(siteDir, target);
    const total = (performance.now() - started) / 1000;
    return { letters, failures, ingested, seconds: { ingest, pages, index, total } };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Swaps `from` into the place of `to`; the old `to` is removed only after the new one is in place. */
async function replaceDir(from: string, to: string): Promise<void> {
  const old = `${to}.old-${process.pid}`;
  await rm(old, { recursive: true, force: true });
  await rename(to, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(from, to);
  await rm(old, { recursive: true, force: true });
}

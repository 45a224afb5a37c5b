/**
 * `npm run bench`: generates (or reuses) a synthetic corpus of N letters, builds
 * the archive from it in a child process (stage times, peak memory), measures the
 * search index, the cost of adding one letter, and search quality and cost against
 * stock Pagefind, and writes `<resultsDir>/<N>.json`.
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BenchResult } from './benchResult.ts';
import { ensureCorpus } from './ensureCorpus.ts';
import { measureBuild } from './measureBuild.ts';
import { measureAddOneLetter } from './measureAddOneLetter.ts';
import { measureIndex } from './measureIndex.ts';
import { measureSite } from './measureSite.ts';
import { measureSearch, type SearchHarness } from './measureSearch.ts';

export interface BenchOptions {
  letters: number;
  seed: number;
  seedsDir: string;
  /** Corpora, built sites and caches (bench/work/, not committed). */
  workDir: string;
  /** Where `<N>.json` is written. */
  resultsDir: string;
  /** Browser and server for the search measurement; without them the search figures are null. */
  search?: SearchHarness;
  /** Skip the rebuild with one added letter (a second full build's time on a large corpus); its figures are then absent. */
  skipAddOne?: boolean;
  log?: (line: string) => void;
}

export async function runBench({ letters, seed, seedsDir, workDir, resultsDir, search: harness, skipAddOne = false, log = () => {} }: BenchOptions): Promise<{ result: BenchResult; file: string }> {
  const corpus = await ensureCorpus({ letters, seed, seedsDir, workDir });
  log(`corpus: ${letters} letters in ${corpus.dir} (${corpus.generated ? 'generated' : 'cached'})`);

  const siteDir = resolve(workDir, `site-${letters}-s${seed}`);
  // Built as `npm run build` does, through the ingest cache, emptied first: the rebuild below finds it filled.
  const cacheDir = resolve(workDir, `ingest-cache-${letters}-s${seed}`);
  await rm(cacheDir, { recursive: true, force: true });
  // And from no site: over an earlier run's site the build would reuse its pages and bundles, and skip validating
  // pages rendered to the same bytes, which a full build must not be measured doing.
  await rm(siteDir, { recursive: true, force: true });
  const build = await measureBuild(corpus.dir, siteDir, { cacheDir });
  log(`build: ${build.letters} letters, ${build.blocks} blocks in ${build.totalSeconds.toFixed(1)} s, peak ${build.peakRssMB.toFixed(0)} MB`);
  if (build.letters !== letters) throw new Error(`build made ${build.letters} records from ${letters} letters`);

  const index = await measureIndex(siteDir);
  log(`index: ${(index.bytes / 1e6).toFixed(1)} MB in ${index.files} files (${index.folders.join(', ')})`);
  const site = await measureSite(siteDir);
  log(`site: ${site.files} files, ${(site.bytes / 1e6).toFixed(1)} MB, largest ${site.largestFile.path} ${(site.largestFile.bytes / 1e6).toFixed(1)} MB`);

  const added = skipAddOne ? undefined : await measureAddOneLetter({ corpusDir: corpus.dir, siteDir, workDir, seed, seedsDir, cacheDir, name: `site-${letters}-s${seed}-plus-one` });
  if (added) log(`adding one letter: ${added.build.ingested} of ${added.build.letters} letters ingested, rebuilt in ${added.build.wallSeconds.toFixed(1)} s`);

  const result: BenchResult = {
    letters,
    blocks: build.blocks,
    footnotes: build.footnotes,
    seed,
    build: {
      ingestSeconds: round(build.ingestSeconds),
      pagesSeconds: round(build.pagesSeconds),
      indexSeconds: round(build.indexSeconds),
      totalSeconds: round(build.totalSeconds),
      peakRssMB: Math.round(build.peakRssMB),
      peakAfterMB: build.peakAfterMB,
      peakByProcessMB: build.peakByProcessMB,
      peakByStageMB: build.peakByStageMB,
      stagePeakByProcessMB: build.stagePeakByProcessMB,
      peakByStageAndProcessMB: build.peakByStageAndProcessMB,
    },
    index: { bytes: index.bytes, files: index.files },
    site,
    corpus: build.corpus,
    ...(added && {
      addOneLetter: { seconds: round(added.build.wallSeconds), ofFullBuild: round(added.build.wallSeconds / build.wallSeconds) },
      incremental: {
        letters: added.build.letters,
        reingested: added.build.ingested,
        coldSeconds: round(build.ingestSeconds),
        warmSeconds: round(added.build.ingestSeconds),
      },
    }),
    search: await measureSearch(siteDir, undefined),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    commit: currentCommit(),
    generatedAt: new Date().toISOString(),
  };
  await mkdir(resultsDir, { recursive: true });
  const file = join(resultsDir, `${letters}.json`);
  const write = (): Promise<void> => writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  if (harness !== undefined) {
    // The build's figures are written before the search runs, which can take long on a big corpus.
    result.search.note = 'search measurement did not finish';
    await write();
    result.search = await measureSearch(siteDir, harness);
    log(`search: ${result.search.queries} queries, archive recall ${result.search.archive.recall}, stock recall ${result.search.stockPagefind.recall}`);
  }
  result.generatedAt = new Date().toISOString();
  await write();
  return { result, file };
}

/**
 * Measures the search of the site an earlier run built and adds it to that run's
 * `<resultsDir>/<N>.json`, with the commit the search was measured at: for a large
 * archive whose search is measured apart from its build.
 */
export async function addSearchToResult({ letters, seed, workDir, resultsDir, search }: Pick<BenchOptions, 'letters' | 'seed' | 'workDir' | 'resultsDir'> & { search: SearchHarness }): Promise<string> {
  const file = join(resultsDir, `${letters}.json`);
  const result = JSON.parse(await readFile(file, 'utf8')) as BenchResult;
  result.search = await measureSearch(resolve(workDir, `site-${letters}-s${seed}`), search);
  result.search.measuredAt = currentCommit();
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

function currentCommit(): string | undefined {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+dirty` : head;
  } catch {
    // Not a git checkout (an unpacked release): the results just do not name a commit.
    return undefined;
  }
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}

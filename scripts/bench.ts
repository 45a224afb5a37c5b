/**
 * `npm run bench [-- --letters N] [--quick] [--seed S] [--queries Q] [--max-letters K] [--no-search] [--no-add-one]`: benchmarks the
 * archive on N synthetic letters (default 2000; --quick: 50), with Q random-substring queries in the search query set
 * (default 60; quick 12); each query's whole list of results is scored, unless --max-letters K reads the archive's lists
 * only until hits from K letters are shown (scored on those first letters of each ranked list); --no-search skips the search measurement
 * (its figures stay null); --no-add-one skips the rebuild with one added letter (its figures are then absent);
 * --search-only measures the search of the site an earlier run of N letters built and adds it to that run's result;
 * --no-stock leaves stock Pagefind out (its indexer needs tens of GB at 100,000 pages).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchResult } from '../src/bench/benchResult.ts';
import { formatTable } from '../src/bench/formatTable.ts';
import { addSearchToResult, runBench } from '../src/bench/runBench.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/serveStatic.ts';

const { values } = parseArgs({
  options: {
    letters: { type: 'string' },
    quick: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    seeds: { type: 'string', default: 'seeds' },
    work: { type: 'string', default: 'bench/work' },
    results: { type: 'string' },
    queries: { type: 'string' },
    'max-letters': { type: 'string' },
    'no-search': { type: 'boolean', default: false },
    'no-add-one': { type: 'boolean', default: false },
    'search-only': { type: 'boolean', default: false },
    'no-stock': { type: 'boolean', default: false },
  },
});

const letters = Number(values.letters ?? (values.quick ? 50 : 2000));
const seed = Number(values.seed);
if (!Number.isInteger(letters) || letters < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run bench -- [--letters N | --quick] [--seed S]');
  process.exit(2);
}
// A quick run checks that the bench works; its numbers are not results to keep.
const resultsDir = values.results ?? (values.quick ? join(values.work, 'results') : 'bench/results');
const substrings = Number(values.queries ?? (values.quick ? 12 : 60));
const maxLetters = values['max-letters'] === undefined ? {} : { maxLetters: Number(values['max-letters']) };

const search = { launchBrowser, serve: serveStatic, substrings, coldQueries: values.quick ? 6 : 30, ...maxLetters, stock: !values['no-stock'], log: (line: string) => console.log(line) };

try {
  const { file } = values['search-only']
    ? { file: await addSearchToResult({ letters, seed, workDir: values.work, resultsDir, search }) }
    : await runBench({
        letters,
        seed,
        seedsDir: values.seeds,
        workDir: values.work,
        resultsDir,
        ...(values['no-search'] ? {} : { search }),
        skipAddOne: values['no-add-one'],
        log: (line) => console.log(line),
      });
  console.log(`wrote ${file}\n`);
  const results = await Promise.all(
    (await readdir(resultsDir))
      .filter((name) => /^\d+\.json$/.test(name))
      .map(async (name) => JSON.parse(await readFile(join(resultsDir, name), 'utf8')) as BenchResult),
  );
  console.log(formatTable(results));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}

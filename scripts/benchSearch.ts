/**
 * `npm run bench:search [-- --seeds DIR] [--site DIR] [--queries N] [--cold N] [--seed S] [--max-letters K] [--verbose]`:
 * the search-quality harness over this archive's search and stock Pagefind side by
 * side. Builds the archive from the seeds into a temporary folder unless `--site`
 * names a built one (its records are read from `api/documents.json`). With
 * `--max-letters K` the archive's hits are read only until they come from K
 * letters, and such a query is scored on the first letters of its ranked list.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildArchive } from '../src/build/buildArchive.ts';
import { reportFailure } from '../src/build/reportFailure.ts';
import { formatQualityTable } from '../src/search/quality/formatQualityTable.ts';
import { siteLetterChunks } from '../src/search/quality/letterChunks.ts';
import { runSearchQuality } from '../src/search/quality/runSearchQuality.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/serveStatic.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    site: { type: 'string' },
    queries: { type: 'string', default: '60' },
    cold: { type: 'string' },
    seed: { type: 'string' },
    'max-letters': { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

const work = values.site ? undefined : await mkdtemp(join(tmpdir(), 'bench-search-'));
try {
  const siteDir = values.site ?? join(work as string, 'dist');
  if (!values.site) await buildArchive({ seedsDir: values.seeds, outDir: siteDir, log: (line) => console.log(line) });
  const letters = await siteLetterChunks(siteDir);
  const browser = await launchBrowser();
  try {
    const report = await runSearchQuality({
      letters,
      siteDir,
      browser,
      serve: serveStatic,
      substrings: Number(values.queries),
      ...(values.seed ? { seed: Number(values.seed) } : {}),
      ...(values.cold ? { coldQueries: Number(values.cold) } : {}),
      ...(values['max-letters'] ? { maxLetters: Number(values['max-letters']) } : {}),
      log: values.verbose ? (line) => console.log(line) : undefined,
    });
    console.log(formatQualityTable(report));
  } finally {
    await browser.close();
  }
} catch (error) {
  process.exitCode = reportFailure(error);
} finally {
  if (work) await rm(work, { recursive: true, force: true });
}

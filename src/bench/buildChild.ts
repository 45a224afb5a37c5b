/**
 * Runs one full build in its own process, so that the benchmark measures its
 * peak memory alone, and prints what it measured as one JSON line on stdout.
 * Usage: node --import tsx src/bench/buildChild.ts SEEDS_DIR OUT_DIR [CACHE_DIR]
 */
import { buildArchive } from '../build/buildArchive.ts';
import { reportFailure } from '../build/reportFailure.ts';
import { corpusVariety } from './corpusVariety.ts';

const [seedsDir, outDir, cacheDir] = process.argv.slice(2);
if (seedsDir === undefined || outDir === undefined) {
  console.error('usage: buildChild.ts SEEDS_DIR OUT_DIR [CACHE_DIR]');
  process.exit(2);
}
try {
  // Astro and the index builder print progress on stdout; keep stdout for the result line.
  const log = console.log;
  console.log = (...args: unknown[]) => console.error(...args);
  // The process's running peak after each stage shows which stage set it (Pagefind's own process aside).
  const peakAfter: Record<string, number> = {};
  const stageLog = (line: string): void => {
    const stage = /^(\w+):/.exec(line)?.[1];
    if (stage !== undefined) peakAfter[stage] = Math.round(process.resourceUsage().maxRSS / 1024);
    console.error(line);
  };
  const { letters, seconds, ingested } = await buildArchive({ seedsDir, outDir, cacheDir, log: stageLog });
  const blocks = letters.reduce((sum, letter) => sum + letter.blocks, 0);
  const footnotes = letters.reduce((sum, letter) => sum + letter.footnotes, 0);
  const corpus = corpusVariety(letters);
  log(JSON.stringify({ letters: letters.length, blocks, footnotes, corpus, ingested, seconds, maxRssKB: process.resourceUsage().maxRSS, peakAfterMB: peakAfter }));
} catch (error) {
  process.exitCode = reportFailure(error);
}

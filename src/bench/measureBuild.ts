/**
 * Times a full build of the archive in a child process and measures its peak
 * memory: the summed resident set of the build and every process it starts
 * (Pagefind's service, Astro's page build, esbuild), sampled from `/proc`,
 * overall, per kind of process and per stage. Where `/proc` is missing (not
 * Linux) only the build process's own peak is known.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { CorpusVariety } from './corpusVariety.ts';
import { watchTreeMemory, type TreeProcess } from './watchTreeMemory.ts';

/** A build's memory, as measured here and kept in `bench/results/<N>.json`. */
export interface BuildMemory {
  /** Peak of the summed resident sets of the build's processes (MB); the build process's own peak where they cannot be sampled. */
  peakRssMB: number;
  /** Peak per kind of process (MB): `build` (the build's Node process), `pagefind`, others by process name; absent where not sampled. */
  peakByProcessMB?: Record<string, number>;
  /** Peak of the summed resident sets during each stage (MB): `ingest`, `pages`, `index`, `validation` (and publishing); absent where not sampled. */
  peakByStageMB?: Record<string, number>;
  /** Per stage, what each kind of process held at the stage's peak (MB): who set it; absent where not sampled. */
  stagePeakByProcessMB?: Record<string, Record<string, number>>;
  /** Per stage, each kind of process's own peak during it (MB): which processes the stage ran; absent where not sampled. */
  peakByStageAndProcessMB?: Record<string, Record<string, number>>;
}

export interface BuildMeasurement extends BuildMemory {
  letters: number;
  blocks: number;
  footnotes: number;
  corpus: CorpusVariety;
  /** Seeds ingested rather than read from the ingest cache. */
  ingested: number;
  ingestSeconds: number;
  pagesSeconds: number;
  indexSeconds: number;
  totalSeconds: number;
  /** The build process's running peak (MB) after each stage it logs (`ingest`, `pages`, `index`): where its own peak was reached. */
  peakAfterMB: Record<string, number>;
  /** Wall time of the child process, start-up included. */
  wallSeconds: number;
}

/** The stages in the order the build logs their ends (`ingest: …`); validation and publishing follow the last, unlogged. */
const STAGES = ['ingest', 'pages', 'index', 'validation'] as const;

export interface MeasureBuildOptions {
  /** The ingest cache's folder; without it every seed is ingested. */
  cacheDir?: string;
  /** How often memory is sampled (ms): a small archive's Pagefind service can live for less than the default 200. */
  sampleEveryMs?: number;
}

/** Builds `seedsDir` into `outDir` in a child process; rejects with the build's own error report if it fails. */
export function measureBuild(seedsDir: string, outDir: string, { cacheDir, sampleEveryMs }: MeasureBuildOptions = {}): Promise<BuildMeasurement> {
  const child = resolve(import.meta.dirname, 'buildChild.ts');
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const build = spawn(process.execPath, ['--import', 'tsx', child, seedsDir, outDir, ...(cacheDir === undefined ? [] : [cacheDir])], { stdio: ['ignore', 'pipe', 'pipe'] });
    const root = build.pid;
    const kind = ({ pid, name }: TreeProcess): string => (pid === root ? 'build' : name.startsWith('pagefind') ? 'pagefind' : name);
    const memory = root === undefined ? undefined : watchTreeMemory(root, { kind, phase: STAGES[0], intervalMs: sampleEveryMs });
    let stdout = '';
    const stderr: string[] = [];
    build.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    createInterface({ input: build.stderr }).on('line', (line) => {
      stderr.push(line);
      const ended = STAGES.findIndex((stage) => line.startsWith(`${stage}:`));
      const next = STAGES[ended + 1];
      if (ended >= 0 && next !== undefined) memory?.phase(next);
    });
    build.on('error', (error) => {
      memory?.stop();
      reject(error);
    });
    build.on('close', (code) => {
      const peaks = memory?.stop();
      if (code !== 0) {
        reject(new Error(`build of ${seedsDir} failed (exit ${code}):\n${tail(stderr)}`));
        return;
      }
      const line = stdout.trim().split('\n').pop() ?? '';
      const result = JSON.parse(line) as {
        letters: number; blocks: number; footnotes: number; corpus: CorpusVariety; ingested: number; maxRssKB: number; peakAfterMB: Record<string, number>;
        seconds: { ingest: number; pages: number; index: number; total: number };
      };
      resolvePromise({
        letters: result.letters,
        blocks: result.blocks,
        footnotes: result.footnotes,
        corpus: result.corpus,
        ingested: result.ingested,
        ingestSeconds: result.seconds.ingest,
        pagesSeconds: result.seconds.pages,
        indexSeconds: result.seconds.index,
        totalSeconds: result.seconds.total,
        // The build process's exact peak (from the kernel) can fall between two samples.
        peakRssMB: Math.max(peaks?.totalMB ?? 0, Math.round(result.maxRssKB / 1024)),
        peakByProcessMB: peaks?.byKindMB,
        peakByStageMB: peaks?.byPhaseMB,
        stagePeakByProcessMB: peaks?.atPhasePeakMB,
        peakByStageAndProcessMB: peaks?.byPhaseKindMB,
        peakAfterMB: result.peakAfterMB,
        wallSeconds: (performance.now() - started) / 1000,
      });
    });
  });
}

/** The end of a long error report: the part that says what failed. */
function tail(lines: readonly string[]): string {
  return lines.slice(-40).join('\n').trim();
}

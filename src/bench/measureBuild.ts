/**
 * Times a full build of the archive and its peak memory, in a child process run
 * under GNU time where the machine has it: its peak resident set covers the
 * whole build, the processes the build starts (Pagefind's binary) included.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BuildMeasurement {
  letters: number;
  blocks: number;
  footnotes: number;
  ingestSeconds: number;
  pagesSeconds: number;
  indexSeconds: number;
  totalSeconds: number;
  peakRssMB: number;
  /** The build process's running peak (MB) after each stage it logs (`ingest`, `pages`, `index`): where the peak was reached. */
  peakAfterMB: Record<string, number>;
  /** Wall time of the child process, start-up included. */
  wallSeconds: number;
}

const GNU_TIME = '/usr/bin/time';

/** Builds `seedsDir` into `outDir` in a child process; rejects with the build's own error report if it fails. */
export function measureBuild(seedsDir: string, outDir: string): Promise<BuildMeasurement> {
  const child = resolve(import.meta.dirname, 'buildChild.ts');
  const node = [process.execPath, '--import', 'tsx', child, seedsDir, outDir];
  const useTime = existsSync(GNU_TIME);
  const [command, ...args] = useTime ? [GNU_TIME, '-v', ...node] : node;
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const process_ = spawn(command!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    process_.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    process_.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    process_.on('error', reject);
    process_.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`build of ${seedsDir} failed (exit ${code}):\n${tail(stderr)}`));
        return;
      }
      const line = stdout.trim().split('\n').pop() ?? '';
      const result = JSON.parse(line) as {
        letters: number; blocks: number; footnotes: number; maxRssKB: number; peakAfterMB: Record<string, number>;
        seconds: { ingest: number; pages: number; index: number; total: number };
      };
      const timedKB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
      resolvePromise({
        letters: result.letters,
        blocks: result.blocks,
        footnotes: result.footnotes,
        ingestSeconds: result.seconds.ingest,
        pagesSeconds: result.seconds.pages,
        indexSeconds: result.seconds.index,
        totalSeconds: result.seconds.total,
        peakRssMB: Math.max(timedKB, result.maxRssKB) / 1024,
        peakAfterMB: result.peakAfterMB,
        wallSeconds: (performance.now() - started) / 1000,
      });
    });
  });
}

/** The end of a long error report: the part that says what failed. */
function tail(text: string): string {
  return text.trim().split('\n').slice(-40).join('\n');
}

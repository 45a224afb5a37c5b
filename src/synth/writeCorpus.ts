/**
 * Writes a generated corpus into a folder, atomically: the files go to a
 * staging folder beside it that replaces the target only when every file is written.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { SynthFile } from './generateCorpus.ts';

/** Files written at once: all 100,000 of a large corpus at once exhaust the process's file descriptors (EMFILE). */
const BATCH = 256;

export async function writeCorpus(files: readonly SynthFile[], outDir: string): Promise<void> {
  const target = resolve(outDir);
  const staging = `${target}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    for (let start = 0; start < files.length; start += BATCH) {
      await Promise.all(files.slice(start, start + BATCH).map((file) => writeFile(join(staging, file.letter.fileName), file.text)));
    }
    await mkdir(dirname(target), { recursive: true });
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

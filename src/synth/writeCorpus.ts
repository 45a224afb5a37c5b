/**
 * Writes a generated corpus into a folder, atomically: the files go to a
 * staging folder beside it that replaces the target only when every file is written.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { SynthFile } from './generateCorpus.ts';

export async function writeCorpus(files: readonly SynthFile[], outDir: string): Promise<void> {
  const target = resolve(outDir);
  const staging = `${target}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    await Promise.all(files.map((file) => writeFile(join(staging, file.letter.fileName), file.text)));
    await mkdir(dirname(target), { recursive: true });
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

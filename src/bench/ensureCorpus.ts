/**
 * The synthetic corpus a benchmark runs on, generated once per (letters, seed)
 * and kept under the bench's work folder. A stamp file names the generator code
 * and seed letters it came from, so a changed generator regenerates it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { generateCorpus } from '../synth/generateCorpus.ts';
import { writeCorpus } from '../synth/writeCorpus.ts';

export interface CorpusRequest {
  letters: number;
  seed: number;
  seedsDir: string;
  workDir: string;
}

/** The folder holding the corpus, and whether it had to be generated now. */
export async function ensureCorpus({ letters, seed, seedsDir, workDir }: CorpusRequest): Promise<{ dir: string; generated: boolean }> {
  const dir = resolve(workDir, `corpus-${letters}-s${seed}`);
  const stampFile = `${dir}.stamp`;
  const stamp = generatorStamp(seedsDir);
  const previous = await readFile(stampFile, 'utf8').catch(() => '');
  if (previous === stamp) return { dir, generated: false };
  await writeCorpus(generateCorpus({ letters, seed, seedsDir }), dir);
  await writeFile(stampFile, stamp);
  return { dir, generated: true };
}

/** A hash of the generator's code, the state names its senders write under, and the seed letters. */
function generatorStamp(seedsDir: string): string {
  const hash = createHash('sha256');
  const synthDir = resolve(import.meta.dirname, '../synth');
  const files = [synthDir, resolve(seedsDir)].flatMap((dir) => readdirSync(dir).sort().map((name) => join(dir, name)));
  for (const file of [...files, resolve(import.meta.dirname, '../records/unStates.ts')]) hash.update(basename(file)).update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * N synthetic letters in the seeds' two flavours, recombined from the seed
 * letters' sentences: the same seed number and seed letters give the same
 * files, byte for byte.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { collectSentences } from './collectSentences.ts';
import { composeLetter } from './composeLetter.ts';
import { createRandom, type Random } from './createRandom.ts';
import type { SynthLetter } from './letterModel.ts';
import { planCorpus } from './planCorpus.ts';
import { readSeedParagraphs } from './readSeedParagraphs.ts';
import { renderMarkdownFlavour } from './renderMarkdownFlavour.ts';
import { renderPdfText } from './renderPdfText.ts';

export interface SynthFile {
  /** The letter as the generator meant it: what the ingest must recover. */
  letter: SynthLetter;
  /** The file's text, in the letter's flavour. */
  text: string;
}

export interface CorpusOptions {
  letters: number;
  /** The seed number: same number, same corpus. */
  seed: number;
  /** Folder of the seed letters whose sentences are recombined. */
  seedsDir: string;
}

/** The sentence pool of the seed letters in `seedsDir`. */
export function seedSentences(seedsDir: string): string[] {
  const files = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();
  const sentences = collectSentences(files.flatMap((name) => readSeedParagraphs(readFileSync(join(seedsDir, name), 'utf8'))));
  if (sentences.length === 0) throw new Error(`${seedsDir}: no seed sentences to recombine`);
  return sentences;
}

/** The corpus's letters as the generator means them, each with the seed of its layout stream. */
export function composeCorpus({ letters, seed, seedsDir }: CorpusOptions): { letter: SynthLetter; streamSeed: number }[] {
  const sentences = seedSentences(seedsDir);
  return planCorpus(letters, createRandom(seed)).map((plan) => {
    // Each letter draws from its own stream, so one letter's choices never shift another's.
    const streamSeed = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(plan.index + 1, 0xc2b2ae35)) >>> 0;
    const random = createRandom(streamSeed);
    const fileName = `${String(plan.index).padStart(5, '0')}_${hex(random, 16)}.txt`;
    return { letter: composeLetter(plan, sentences, random, fileName), streamSeed };
  });
}

/** Generates the corpus in memory: the letters and their text. */
export function generateCorpus(options: CorpusOptions): SynthFile[] {
  return composeCorpus(options).map(({ letter, streamSeed }) => {
    // The layout gets a stream of its own that restarts for each rendering pass.
    const layout = (): Random => createRandom(streamSeed ^ 0x2545f491);
    const text = letter.flavour === 'pdf' ? renderPdfText(letter, layout) : renderMarkdownFlavour(letter);
    return { letter, text };
  });
}

function hex(random: Random, digits: number): string {
  let text = '';
  while (text.length < digits) text += random.int(0, 15).toString(16);
  return text;
}

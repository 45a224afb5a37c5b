/** Test helper: a seed letter's bytes, decoded text, lines and canonical Markdown, by its number prefix (`000`…`004`). */
import { readFileSync, readdirSync } from 'node:fs';
import { decodeSeed } from '../../src/ingest/decodeSeed.ts';
import type { SourceLine } from '../../src/ingest/draft.ts';
import { toCanonicalMarkdown } from '../../src/ingest/toCanonicalMarkdown.ts';

export const seedsDir = new URL('../../seeds/', import.meta.url).pathname;
export const seedNames = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();

export function seedPath(prefix: string): string {
  const name = seedNames.find((candidate) => candidate.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return `${seedsDir}${name}`;
}

export function seedBytes(prefix: string): Uint8Array {
  return readFileSync(seedPath(prefix));
}

export function seedText(prefix: string): string {
  return decodeSeed(seedPath(prefix), seedBytes(prefix));
}

export function seedMarkdown(prefix: string): { markdown: string; lineMap: number[] } {
  return toCanonicalMarkdown({ path: seedPath(prefix), text: seedText(prefix) });
}

/** A text's lines as stage 1 reads them: 1-based numbers, trailing spaces dropped. */
export function sourceLines(text: string): SourceLine[] {
  return text.split('\n').map((line, index) => ({ line: index + 1, text: line.trimEnd() }));
}

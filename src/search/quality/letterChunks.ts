/**
 * The letters the search-quality harness draws its queries from and computes
 * their truth over, as chunks read one at a time, each as often as needed (a
 * built site's month files): the harness passes over the archive a few times
 * rather than holding it, so that its memory does not grow with the letters.
 */
import { readApiMonth, readApiMonths } from '../../build/readApi.ts';
import type { LetterRecord } from '../../records/schema.ts';

export interface LetterChunks {
  count: number;
  /** The letters of chunk `index` (0 … count - 1), read anew; every chunk in order gives the archive's letters in order. */
  read: (index: number) => Promise<readonly LetterRecord[]>;
}

/** The chunks of the site built in `siteDir`: its API's month files, in the catalogue's order. */
export async function siteLetterChunks(siteDir: string): Promise<LetterChunks> {
  const months = await readApiMonths(siteDir);
  return { count: months.length, read: (index) => readApiMonth(siteDir, months[index] as string) };
}

/** Every letter of `chunks` in order, one chunk in memory at a time. */
export async function* eachLetter(chunks: LetterChunks): AsyncGenerator<LetterRecord> {
  for (let index = 0; index < chunks.count; index++) yield* await chunks.read(index);
}

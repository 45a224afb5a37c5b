/**
 * Fetches the units of the letter of a given rank from the text file that holds
 * it and the next few letters (see indexLayout.ts).
 */
import type { LetterText } from '../buildSearchIndex.ts';
import { textFileOf, type IndexLayout } from '../indexLayout.ts';
import { fetchGzipJsonOnce } from './fetchGzipJson.ts';

/** The letter text of `rank` from the index folder `base` laid out as `layout` says. */
export async function loadLetterText(base: string, layout: IndexLayout, rank: number): Promise<LetterText> {
  const { file, offset } = textFileOf(layout, rank);
  const letter = (await fetchGzipJsonOnce<LetterText[]>(new URL(file, base)))[offset];
  if (letter === undefined) throw new Error(`search: ${file} holds no letter at ${offset}`);
  return letter;
}

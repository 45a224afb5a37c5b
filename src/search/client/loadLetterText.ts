/**
 * Fetches the units of the letter of a given rank from the text file that holds
 * it and the next few letters (see indexLayout.ts). A file is fetched once per
 * page, however many of its letters are read.
 */
import type { LetterText } from '../buildSearchIndex.ts';
import { textFileOf, type IndexLayout } from '../indexLayout.ts';
import { fetchGzipJson } from './fetchGzipJson.ts';

/** Text files by URL, fetched or being fetched. */
const textFiles = new Map<string, Promise<LetterText[]>>();

/** The letter text of `rank` from the index folder `base` laid out as `layout` says. */
export async function loadLetterText(base: string, layout: IndexLayout, rank: number): Promise<LetterText> {
  const { file, offset } = textFileOf(layout, rank);
  const url = new URL(file, base).href;
  let texts = textFiles.get(url);
  if (texts === undefined) {
    texts = fetchGzipJson<LetterText[]>(new URL(url));
    // A failed fetch is not remembered: the next read tries again.
    texts.catch(() => textFiles.delete(url));
    textFiles.set(url, texts);
  }
  const letter = (await texts)[offset];
  if (letter === undefined) throw new Error(`search: ${file} holds no letter at ${offset}`);
  return letter;
}

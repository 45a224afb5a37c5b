/** Fetches the units of the letter of a given rank, `text/<rank>.json.gz` beside the index. */
import type { LetterText } from '../buildSearchIndex.ts';
import { fetchGzipJson } from './fetchGzipJson.ts';

/** The letter text of `rank` from the index folder `bundle`. */
export function loadLetterText(bundle: string, rank: number): Promise<LetterText> {
  return fetchGzipJson<LetterText>(new URL(`text/${rank}.json.gz`, bundle));
}

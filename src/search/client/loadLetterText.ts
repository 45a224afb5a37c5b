/**
 * Fetches the units of the letter of a given rank (`text/<rank>.json.gz` beside
 * the index), gzip-compressed on disk like Pagefind's own files, so that what
 * crosses the network is small whatever the host does.
 */
import type { LetterText } from '../buildSearchIndex.ts';

/** The letter text of `rank` from the index folder `bundle`. */
export async function loadLetterText(bundle: string, rank: number): Promise<LetterText> {
  const response = await fetch(new URL(`text/${rank}.json.gz`, bundle));
  if (!response.ok || !response.body) throw new Error(`search: letter text ${rank}: HTTP ${response.status}`);
  return (await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json()) as LetterText;
}

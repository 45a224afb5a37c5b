/**
 * Which of a few words occur in the archive's units as printed, in one pass over
 * the letters: how the query set knows that a word it made up is absent.
 */
import { recordUnits } from '../recordUnits.ts';
import { eachLetter, type LetterChunks } from './letterChunks.ts';

/** The `words` that some unit of `chunks` contains. */
export async function occurringWords(chunks: LetterChunks, words: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const sought = new Set(words);
  for await (const record of eachLetter(chunks)) {
    for (const [, , , , text] of recordUnits(record)) {
      for (const word of sought) {
        if (text.includes(word)) {
          found.add(word);
          sought.delete(word);
        }
      }
    }
    if (sought.size === 0) break;
  }
  return found;
}

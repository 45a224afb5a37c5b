/** Picks a letter's top terms by TF-IDF (nodejieba's `extract`) with the archive dictionary. */
import { archiveJieba } from './archiveDictionary.ts';

/** A term worth listing: two characters or more, and not only digits or punctuation. */
const meaningful = /^(?=.*[\p{Script=Han}\p{L}])[^\s]{2,}$/u;

/** The `count` top terms of `text`, best first. */
export function extractKeywords(text: string, count = 10): string[] {
  // Ask for extra terms: some are dropped as meaningless below.
  return archiveJieba()
    .extract(text, count * 3)
    .map(({ word }) => word)
    .filter((word) => meaningful.test(word))
    .slice(0, count);
}

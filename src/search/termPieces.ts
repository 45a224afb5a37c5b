/**
 * What Pagefind is asked for: a quoted phrase's spaces are in no 4-gram (see
 * encodeNgrams.ts), so its space-free pieces find the candidate letters and the
 * units are then checked for the whole phrase.
 */

/** The space-free pieces of `terms` (normalised). */
export function termPieces(terms: readonly string[]): string[] {
  return terms.flatMap((term) => term.split(' ')).filter(Boolean);
}

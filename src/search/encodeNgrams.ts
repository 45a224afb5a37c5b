/**
 * The index's vocabulary: every character of a unit's normalised text becomes
 * one Pagefind word naming it and the three characters after it (a 4-gram; at
 * the end of a run of non-space characters, fewer, padded). Words are spelled
 * in lower-case base 36, so that Pagefind's word splitting, stemming and
 * punctuation stripping, at indexing and in the browser alike, leave them whole.
 *
 * A term of up to four characters is then a prefix search for its spelling,
 * which finds exactly the letters where it occurs contiguously. A longer term
 * asks for the 4-grams that tile it (at offsets 0, 4, 8… and its last four
 * characters): every letter containing the term has them all, so no letter is
 * missed, and the page checks each unit's text before it shows a hit. Four
 * characters to a word keep the words a query needs, and so the index chunks
 * the browser fetches, close to what stock Pagefind's word segmentation needs.
 */

/** Characters per word. */
export const GRAM = 4;

/** Code points below this are spelled in three base-36 digits, none starting with `z`. */
const SHORT_LIMIT = 35 * 36 * 36;

/**
 * Spelling of "no character" that pads a word at the end of a run: no code point
 * is spelled so, and no prefix search (always a whole number of characters) ends
 * inside it, so a padded word is never a proper prefix of a query.
 */
const PAD = 'zzzzz';

/** The prefix-free spelling of one code point: three digits, or `z` and four digits. */
export function encodeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code < SHORT_LIMIT ? code.toString(36).padStart(3, '0') : `z${code.toString(36).padStart(4, '0')}`;
}

/** The words of a normalised text: one per non-space character, in order. */
export function encodeText(text: string): string[] {
  const chars = [...text];
  const words: string[] = [];
  chars.forEach((char, index) => {
    if (/\s/u.test(char)) return;
    let word = '';
    for (let offset = 0; offset < GRAM; offset++) {
      const next = chars[index + offset];
      if (next === undefined || /\s/u.test(next)) {
        word += PAD.repeat(GRAM - offset);
        break;
      }
      word += encodeChar(next);
    }
    words.push(word);
  });
  return words;
}

/** The Pagefind query for `term` (normalised, without spaces): see the module comment for what it finds. */
export function encodeTerm(term: string): string {
  const chars = [...term];
  const spell = (start: number) => chars.slice(start, start + GRAM).map(encodeChar).join('');
  if (chars.length <= GRAM) return spell(0);
  const starts = new Set<number>();
  for (let start = 0; start + GRAM <= chars.length; start += GRAM) starts.add(start);
  starts.add(chars.length - GRAM);
  return [...starts].map(spell).join(' ');
}

/** The one Pagefind query for all of `terms`: Pagefind keeps the pages holding every word, so it intersects the terms itself. */
export function encodeTerms(terms: readonly string[]): string {
  return terms.map(encodeTerm).join(' ');
}

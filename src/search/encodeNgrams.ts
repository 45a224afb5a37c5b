/**
 * The index's vocabulary: every character of a block's normalised text becomes
 * one token naming it and the character after it (a bigram), or only it when a
 * space or the end of the text follows. Tokens are spelled in lower-case base 36
 * so that Pagefind's word splitting, stemming and punctuation stripping, on the
 * index side and in the browser alike, leave them whole: what Pagefind sees is
 * a plain ASCII word per character position.
 *
 * A term of n ≥ 2 characters is then the phrase of its n − 1 bigrams, which
 * Pagefind's exact (quoted) search finds only at consecutive positions, that is
 * exactly where the term occurs as a contiguous substring; a one-character term
 * is a prefix search for the code of that character.
 */

/** Code points below this are spelled in three base-36 digits, none starting with `z`. */
const SHORT_LIMIT = 35 * 36 * 36;

/** The prefix-free spelling of one code point: three digits, or `z` and four digits. */
export function encodeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code < SHORT_LIMIT ? code.toString(36).padStart(3, '0') : `z${code.toString(36).padStart(4, '0')}`;
}

/** The token stream of a normalised text: one token per non-space character, in order. */
export function encodeText(text: string): string[] {
  const chars = [...text];
  const tokens: string[] = [];
  chars.forEach((char, index) => {
    if (/\s/u.test(char)) return;
    const next = chars[index + 1];
    tokens.push(next === undefined || /\s/u.test(next) ? encodeChar(char) : encodeChar(char) + encodeChar(next));
  });
  return tokens;
}

/** The Pagefind query that finds exactly the blocks containing `term` (normalised, without spaces). */
export function encodeTerm(term: string): string {
  const chars = [...term];
  if (chars.length === 1) return encodeChar(term);
  const bigrams = chars.slice(1).map((char, index) => encodeChar(chars[index] ?? '') + encodeChar(char));
  return `"${bigrams.join(' ')}"`;
}

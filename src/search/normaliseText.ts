/**
 * The one normalisation both sides of the search agree on: each code point of
 * the text is mapped on its own by NFKC (full-width `（` → `(`), lower-cased, and
 * traditional characters are replaced by simplified ones from a character map;
 * the dashes that join a UN symbol (`A/61/1006–S/2007/452`, en dash, hyphen,
 * non-breaking hyphen, minus) become `-`, as the letters mostly print them.
 * Mapping code point by code point (rather than the whole string at once) keeps
 * a map back to the source offsets, so a match in normalised text can be marked
 * in the text as printed. Every whitespace character becomes a space, so that a
 * quoted phrase matches across a line break of a signature.
 */

/** Traditional character → simplified character (one code point each). */
export type SimplifiedCharMap = Readonly<Record<string, string>>;

export interface NormalisedText {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 unit of `text`, the offset in the source of the code point it came from. */
  origin: number[];
}

/** Normalises `source` and remembers where each normalised unit came from. */
export function normaliseText(source: string, simplified: SimplifiedCharMap): NormalisedText {
  let text = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of source) {
    const mapped = normaliseChar(char, simplified);
    text += mapped;
    for (let unit = 0; unit < mapped.length; unit++) origin.push(offset);
    offset += char.length;
  }
  return { text, origin };
}

/**
 * The normalised text of `source` alone, without the offsets: what the test of
 * a unit for a term needs. The source is copied in runs between the characters
 * that change, which in a letter are few (Latin capitals, traditional or
 * full-width forms, line breaks), rather than a character at a time.
 */
export function normalisedText(source: string, simplified: SimplifiedCharMap): string {
  let text = '';
  let copied = 0;
  let offset = 0;
  for (const char of source) {
    const mapped = normaliseChar(char, simplified);
    if (mapped !== char) {
      text += source.slice(copied, offset) + mapped;
      copied = offset + char.length;
    }
    offset += char.length;
  }
  return copied === 0 ? source : text + source.slice(copied);
}

/** Dashes read as the hyphen that joins symbols and compound names (not the em dash `—`, Chinese punctuation). */
const HYPHENS = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\ufe63']);

/** Normalises one code point: NFKC, then lower case, then traditional → simplified, dashes to `-`, whitespace to a space. */
function normaliseChar(char: string, simplified: SimplifiedCharMap): string {
  const code = char.charCodeAt(0);
  // Fast paths for most of a letter's characters, which NFKC leaves alone: printable ASCII and unified ideographs.
  if (code > 0x20 && code < 0x7f) return char.toLowerCase();
  if (code >= 0x4e00 && code <= 0x9fff) return simplified[char] ?? char;
  if (/^\s$/u.test(char)) return ' ';
  let result = '';
  for (const part of char.normalize('NFKC').toLowerCase()) result += HYPHENS.has(part) ? '-' : (simplified[part] ?? part);
  return result;
}

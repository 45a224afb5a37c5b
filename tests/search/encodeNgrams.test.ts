/**
 * The index vocabulary against a model of Pagefind's matching: an exact (quoted)
 * search matches a phrase of whole words at consecutive positions; an unquoted
 * one-word search matches any word starting with it. Under that model a term must
 * be found in exactly the texts that contain it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeChar, encodeTerm, encodeText } from '../../src/search/encodeBigrams.ts';

/** Whether Pagefind, as modelled, finds the Pagefind query `query` among the words `words`. */
function pagefindFinds(words: string[], query: string): boolean {
  if (!query.startsWith('"')) return words.some((word) => word.startsWith(query));
  const phrase = query.slice(1, -1).split(' ');
  return words.some((_, start) => phrase.every((word, offset) => words[start + offset] === word));
}

describe('encodeChar', () => {
  it('spells every code point in lower-case base 36, uniquely and prefix-free', () => {
    const codes = [0x20, 0x41, 0x7a, 0x3000, 0x4e00, 0x9fff, 0xb5ff, 0xb640, 0xffef, 0x1f600, 0x2a6d6, 0x10ffff];
    const spelled = codes.map((code) => encodeChar(String.fromCodePoint(code)));
    for (const word of spelled) expect(word).toMatch(/^[0-9a-z]+$/);
    expect(new Set(spelled).size).toBe(codes.length);
    for (const a of spelled) for (const b of spelled) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });
});

describe('encodeText and encodeTerm', () => {
  it('find 纳戈尔诺-卡拉巴赫 whole, and a piece across the hyphen, but nothing across a space', () => {
    const words = encodeText('纳戈尔诺-卡拉巴赫 地区');
    expect(pagefindFinds(words, encodeTerm('纳戈尔诺-卡拉巴赫'))).toBe(true);
    expect(pagefindFinds(words, encodeTerm('诺-卡'))).toBe(true);
    expect(pagefindFinds(words, encodeTerm('赫地'))).toBe(false);
    expect(pagefindFinds(words, encodeTerm('赫'))).toBe(true);
    expect(pagefindFinds(words, encodeTerm('戈尔诺卡'))).toBe(false);
  });

  it('find a term exactly where it occurs as a substring (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '纳', '-', '(', '1', '\n', '😀');
    const text = fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join(''));
    const term = fc.array(alphabet.filter((char) => !/\s/.test(char)), { minLength: 1, maxLength: 5 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, term, (source, query) => {
        expect(pagefindFinds(encodeText(source), encodeTerm(query))).toBe(source.includes(query));
      }),
      { numRuns: 3000 },
    );
  });

  it('give one word per character that is not a space', () => {
    expect(encodeText('ab c\n纳')).toHaveLength(4);
  });
});

/**
 * The index vocabulary against a model of Pagefind's matching: an unquoted search
 * finds the pages that have, for each of its words, some word starting with it.
 * Under that model a term must be found in every text that contains it, and, up
 * to four characters, only there.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeChar, encodeTerm, encodeText, GRAM } from '../../src/search/encodeNgrams.ts';

/** Whether Pagefind, as modelled, finds the query `query` among the page words `words`. */
function pagefindFinds(words: string[], query: string): boolean {
  return query.split(' ').every((part) => words.some((word) => word.startsWith(part)));
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
  it('find 纳戈尔诺-卡拉巴赫 whole and in pieces, but nothing across a space', () => {
    const words = encodeText('纳戈尔诺-卡拉巴赫 地区');
    for (const term of ['纳戈尔诺-卡拉巴赫', '诺-卡', '赫', '卡拉巴赫', '地区']) expect(pagefindFinds(words, encodeTerm(term))).toBe(true);
    for (const term of ['赫地', '戈尔诺卡', '区域']) expect(pagefindFinds(words, encodeTerm(term))).toBe(false);
  });

  it('find every text containing a term, and up to four characters only those (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '纳', '-', '(', '1', '\n', '😀');
    const text = fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join(''));
    const term = fc.array(alphabet.filter((char) => !/\s/.test(char)), { minLength: 1, maxLength: 9 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, term, (source, query) => {
        const found = pagefindFinds(encodeText(source), encodeTerm(query));
        if (source.includes(query)) expect(found).toBe(true);
        else if ([...query].length <= GRAM) expect(found).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('give one word per character that is not a space, never one a proper prefix of a query', () => {
    const words = encodeText('ab c\n纳');
    expect(words).toHaveLength(4);
    for (const word of words) expect([encodeTerm('abcd'), encodeTerm('c'), encodeTerm('纳纳')].some((query) => query.startsWith(word) && query !== word)).toBe(false);
  });

  it('ask for at most one word per four characters of a long term, plus its last four', () => {
    expect(encodeTerm('纳戈尔诺-卡拉巴赫').split(' ')).toHaveLength(3);
    expect(encodeTerm('纳戈尔诺卡拉巴赫').split(' ')).toHaveLength(2);
  });
});

/** The shared normalisation: NFKC, lower case, traditional → simplified, with offsets back to the source. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches, matchesQuery } from '../../src/search/findMatches.ts';
import { normalisedText, normaliseText } from '../../src/search/normaliseText.ts';
import { simplifiedCharMap } from '../../src/search/simplifiedCharMap.ts';
import { splitQuery } from '../../src/search/splitQuery.ts';
import { symbolParts } from '../../src/search/symbolParts.ts';

const simplified = simplifiedCharMap();

describe('simplifiedCharMap', () => {
  it('maps traditional characters to simplified ones, one code point to one', () => {
    expect(normaliseText('聯合國安全理事會', simplified).text).toBe('联合国安全理事会');
    for (const [from, to] of Object.entries(simplified)) {
      expect([...from]).toHaveLength(1);
      expect([...to]).toHaveLength(1);
    }
  });
});

describe('normaliseText', () => {
  it('makes full-width and half-width forms, and cases, the same', () => {
    expect(normaliseText('第 822（1993）号　Ａ／７４／４５０ Malcolm', simplified).text).toBe('第 822(1993)号 a/74/450 malcolm');
  });

  it('maps each character as NFKC, lower case and the character map would, fast paths included (property)', () => {
    const reference = (source: string) =>
      [...source]
        .map((char) => (/^\s$/u.test(char) ? ' ' : [...char.normalize('NFKC').toLowerCase()].map((part) => (/^[\u2010-\u2013\u2212\ufe63]$/u.test(part) ? '-' : (simplified[part] ?? part))).join('')))
        .join('');
    const han = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code));
    const chars = fc.oneof(fc.string({ unit: 'binary', maxLength: 1 }), han, fc.constantFrom('A', 'Ｚ', '–', '　', '\n', '聯', 'ﬁ'));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        expect(normaliseText(source, simplified).text).toBe(reference(source));
        // The text alone, copied in runs between the characters that change, is the same text.
        expect(normalisedText(source, simplified)).toBe(reference(source));
      }),
    );
    expect(normaliseText('A/61/1006–S/2007/452', simplified).text).toBe('a/61/1006-s/2007/452');
  });

  it('keeps for each normalised unit the source offset it came from (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (source) => {
        const { text, origin } = normaliseText(source, simplified);
        expect(origin).toHaveLength(text.length);
        for (let i = 1; i < origin.length; i++) expect(origin[i]).toBeGreaterThanOrEqual(origin[i - 1] ?? 0);
        for (const offset of origin) expect(offset).toBeLessThan(source.length);
      }),
    );
  });
});

describe('findMatches', () => {
  it('marks the printed text a normalised term matched', () => {
    const source = '安全理事会第 822（1993）号决议；聯合國';
    const spans = findMatches(source, splitQuery('822(1993) 联合国', simplified).terms, simplified);
    expect(spans.map(({ start, end }) => source.slice(start, end))).toEqual(['822（1993）', '聯合國']);
  });

  it('gives spans whose source text normalises to a term (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.nat(), fc.integer({ min: 1, max: 4 }), (source, at, length) => {
        const { text } = normaliseText(source, simplified);
        const start = text.length === 0 ? 0 : at % text.length;
        const term = text.slice(start, start + length);
        if (term === '' || /\s/.test(term)) return;
        for (const span of findMatches(source, [term], simplified)) {
          expect(normaliseText(source.slice(span.start, span.end), simplified).text).toContain(term);
        }
      }),
    );
  });
});

describe('splitQuery', () => {
  it('splits on any white space, drops repeats and terms another term contains', () => {
    expect(splitQuery(' 安全　安全理事会  聯合國 ', simplified)).toEqual({ terms: ['安全理事会', '联合国'], excluded: [] });
    expect(splitQuery(' \t　', simplified)).toEqual({ terms: [], excluded: [] });
  });

  it('reads -词 as a term a hit must not contain, and keeps the shortest of nested exclusions', () => {
    expect(splitQuery('阿塞拜疆 -亚美尼亚 -亚美', simplified)).toEqual({ terms: ['阿塞拜疆'], excluded: ['亚美'] });
    expect(splitQuery('纳戈尔诺-卡拉巴赫 - －决议', simplified)).toEqual({ terms: ['纳戈尔诺-卡拉巴赫'], excluded: ['决议'] });
    expect(splitQuery('-联合国', simplified)).toEqual({ terms: [], excluded: ['联合国'] });
  });

  it('reads a quoted phrase as one term with its spaces, straight, curly or full-width quotes', () => {
    expect(splitQuery('"Permanent  Representative" 代表', simplified)).toEqual({ terms: ['permanent representative', '代表'], excluded: [] });
    expect(splitQuery('“大会 第六十一届” -"S/2007"', simplified)).toEqual({ terms: ['大会 第六十一届'], excluded: ['s/2007'] });
    expect(splitQuery('＂A B＂', simplified).terms).toEqual(['a b']);
  });

  it('spells a symbol one way whatever the width, case or joining dash', () => {
    const spellings = ['A/61/1006-S/2007/452', 'a/61/1006–s/2007/452', 'Ａ／61／1006－Ｓ／2007／452', 'A/61/1006‐S/2007/452'];
    for (const spelling of spellings) expect(splitQuery(spelling, simplified).terms).toEqual(['a/61/1006-s/2007/452']);
  });
});

describe('matchesQuery', () => {
  it('needs every term, no excluded term, and a phrase across a line break', () => {
    const query = splitQuery('"梅赫迪耶夫 常驻代表" -大使', simplified);
    expect(matchesQuery('阿格申·梅赫迪耶夫\n常驻代表', query, simplified)).toBe(true);
    expect(matchesQuery('阿格申·梅赫迪耶夫\n常驻代表\n大使', query, simplified)).toBe(false);
    expect(matchesQuery('梅赫迪耶夫常驻代表', query, simplified)).toBe(false);
  });
});

describe('symbolParts', () => {
  it('names the symbols of a symbol or joint symbol, and nothing for other terms', () => {
    expect(symbolParts('a/61/947')).toEqual(['a/61/947']);
    expect(symbolParts('a/61/947-s/2007/339')).toEqual(['a/61/947', 's/2007/339']);
    expect(symbolParts('a/es-10/273')).toEqual(['a/es-10/273']);
    expect(symbolParts('s/res/822(1993)')).toEqual(['s/res/822(1993)']);
    for (const term of ['纳戈尔诺-卡拉巴赫', 'a/b', '61/947', 'malcolm']) expect(symbolParts(term)).toBeNull();
  });
});

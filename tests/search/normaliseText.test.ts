/** The shared normalisation: NFKC, lower case, traditional → simplified, with offsets back to the source. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches } from '../../src/search/findMatches.ts';
import { normaliseText } from '../../src/search/normaliseText.ts';
import { simplifiedCharMap } from '../../src/search/simplifiedCharMap.ts';
import { splitQuery } from '../../src/search/splitQuery.ts';

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
    const spans = findMatches(source, splitQuery('822(1993) 联合国', simplified), simplified);
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
    expect(splitQuery(' 安全　安全理事会  聯合國 ', simplified)).toEqual(['安全理事会', '联合国']);
    expect(splitQuery(' \t　', simplified)).toEqual([]);
  });
});

/** The excerpt a hit shows, and the best hits a letter shows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/search/excerpt.ts';
import { findMatches } from '../../src/search/findMatches.ts';
import { normaliseText } from '../../src/search/normaliseText.ts';
import { bestHits, EXCERPTS } from '../../src/search/client/renderHits.ts';
import type { Hit } from '../../src/search/client/searchArchive.ts';

const text = '在这方面应当指出，1991 年苏维埃社会主义共和国联盟(苏联)解体后，亚美尼亚和阿塞拜疆在作为苏联加盟共和国时的各自边界内，根据国际法获得独立。1991 年 12 月 8 日签署的《建立独立国家联合体协定》';

describe('excerpt', () => {
  it('cuts around the first match and marks every match inside the cut', () => {
    const pieces = excerpt(text, findMatches(text, ['苏联'], {}), 40);
    expect(pieces.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual(['苏联', '苏联']);
    expect([pieces[0]?.text, pieces[pieces.length - 1]?.text]).toEqual(['…', '…']);
    const shown = pieces.slice(1, -1).map((piece) => piece.text).join('');
    expect(shown).toHaveLength(40);
    expect(text).toContain(shown);
  });

  it('is a contiguous stretch of the text, whatever the spans (property)', () => {
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 10, max: 200 }), (start, length, width) => {
        const term = text.slice(start, start + length);
        if (/\s/.test(term)) return;
        const spans = findMatches(text, [normaliseText(term, {}).text], {});
        expect(spans.length).toBeGreaterThan(0);
        const joined = excerpt(text, spans, width).map((piece) => piece.text).join('').replace(/^…|…$/g, '');
        expect(text).toContain(joined);
        expect(joined).toContain(term);
      }),
    );
  });
});

describe('bestHits', () => {
  const hit = (id: string, marks: number): Hit => ({ url: `/a/#${id}`, part: 'body', label: '', number: '', text: '', spans: Array.from({ length: marks }, (_, at) => ({ start: at, end: at + 1 })) });

  it('keeps the three units with most matches, reading order among equals', () => {
    const best = bestHits([hit('1', 1), hit('2', 3), hit('3', 1), hit('4', 2), hit('5', 3)]);
    expect(best.map((one) => one.url)).toEqual(['/a/#2', '/a/#5', '/a/#4']);
    expect(EXCERPTS).toBe(3);
    expect(bestHits([hit('1', 1), hit('2', 1)]).map((one) => one.url)).toEqual(['/a/#1', '/a/#2']);
  });
});

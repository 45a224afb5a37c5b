import { describe, expect, it } from 'vitest';
import { assignBlockIds } from '../../src/ingest/assignBlockIds.ts';
import { footnoteId, footnoteMarker } from '../../src/ingest/footnoteId.ts';
import { makeIdsUnique } from '../../src/ingest/makeIdsUnique.ts';
import { slugify } from '../../src/ingest/slugify.ts';

describe('assignBlockIds', () => {
  it('uses printed numbers, else positions in the section', () => {
    expect(assignBlockIds('annex-1', [{}, { number: 1 }, { number: 2 }, {}])).toEqual(['annex-1-b1', 'annex-1-p1', 'annex-1-p2', 'annex-1-b4']);
  });

  it('suffixes a repeated printed number', () => {
    expect(assignBlockIds('body', [{ number: 3 }, { number: 3 }, { number: 3 }])).toEqual(['body-p3', 'body-p3-2', 'body-p3-3']);
  });

  it('keeps earlier ids when a block is appended', () => {
    const before = assignBlockIds('body', [{}, { number: 1 }]);
    expect(assignBlockIds('body', [{}, { number: 1 }, {}]).slice(0, 2)).toEqual(before);
  });
});

describe('makeIdsUnique', () => {
  it('skips suffixes already taken', () => {
    expect(makeIdsUnique(['annex', 'annex-2', 'annex'])).toEqual(['annex', 'annex-2', 'annex-3']);
  });
});

describe('slugify', () => {
  it('lower-cases and turns runs of other characters into one dash', () => {
    expect(slugify('A/61/947-S/2007/339')).toBe('a-61-947-s-2007-339');
    expect(slugify('S/RES/822(1993)')).toBe('s-res-822-1993');
    expect(slugify('—A  b—')).toBe('a-b');
  });
});

describe('footnoteId and footnoteMarker', () => {
  it('names numbered, starred and repeated marks', () => {
    expect(footnoteId('1')).toBe('fn-1');
    expect(footnoteId('*')).toBe('fn-star');
    expect(footnoteId('1-2')).toBe('fn-1-2');
    expect(footnoteId('*-3')).toBe('fn-star-3');
    expect(footnoteId('§')).toBe('fn-ua7');
    expect(footnoteMarker('1-2')).toBe('1');
    expect(footnoteMarker('*')).toBe('*');
  });
});

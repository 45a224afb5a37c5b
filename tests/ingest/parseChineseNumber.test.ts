import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/ingest/parseChineseNumber.ts';

describe('parseChineseNumber', () => {
  it('reads session numerals', () => {
    expect(parseChineseNumber('六十一')).toBe(61);
    expect(parseChineseNumber('七十五')).toBe(75);
    expect(parseChineseNumber('八十')).toBe(80);
    expect(parseChineseNumber('十')).toBe(10);
    expect(parseChineseNumber('十二')).toBe(12);
    expect(parseChineseNumber('一百零二')).toBe(102);
    expect(parseChineseNumber('62')).toBe(62);
  });

  it('returns null for what is not a numeral', () => {
    expect(parseChineseNumber('届会')).toBeNull();
    expect(parseChineseNumber('')).toBeNull();
  });
});

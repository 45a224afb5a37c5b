import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/components/utils/safeHref.ts';
import { citedLetterUrls, symbolParts } from '../../src/components/utils/citedLetterUrl.ts';
import { chineseNumeral } from '../../src/components/utils/chineseNumeral.ts';
import { jsonForScript } from '../../src/components/utils/jsonForScript.ts';
import { formatDate } from '../../src/components/utils/formatDate.ts';
import { sessionRange } from '../../src/components/utils/sessionRange.ts';
import { unCitation } from '../../src/components/utils/unCitation.ts';
import { citationBase } from '../../src/components/utils/citationBase.ts';
import { lettersPerYear } from '../../src/components/utils/lettersPerYear.ts';
import { Archive } from '../../src/records/schema.ts';

const fixture = Archive.parse(JSON.parse(readFileSync(new URL('./fixtures/letters.json', import.meta.url), 'utf8')));

describe('safeHref', () => {
  it('lets http(s) and relative targets through', () => {
    expect(safeHref('https://undocs.org/zh/S/RES/822(1993)')).toBe('https://undocs.org/zh/S/RES/822(1993)');
    expect(safeHref('HTTP://example.org/')).toBe('HTTP://example.org/');
    expect(safeHref('/letters/a-61-947/#body-p1')).toBe('/letters/a-61-947/#body-p1');
    expect(safeHref('#fn-1')).toBe('#fn-1');
  });

  it('refuses every other scheme, protocol-relative and control-character tricks', () => {
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'file:///etc/passwd', '//evil.example/', 'java\tscript:alert(1)', '\\\\evil']) {
      expect(safeHref(href), href).toBeUndefined();
    }
  });
});

describe('citedLetterUrls', () => {
  const lookup = citedLetterUrls(fixture);

  it('finds a letter cited by one of its symbols or by both joined with any dash', () => {
    expect(lookup('A/61/947')).toBe('/letters/a-61-947/');
    expect(lookup('S/2007/339')).toBe('/letters/a-61-947/');
    expect(lookup('A/61/947-S/2007/339')).toBe('/letters/a-61-947/');
    expect(lookup('A/61/1006–S/2007/452')).toBe('/letters/a-61-1006/');
  });

  it('finds nothing for documents outside the archive', () => {
    expect(lookup('A/61/938-S/2007/327')).toBeUndefined();
    expect(lookup('S/RES/822(1993)')).toBeUndefined();
    expect(lookup('A/61/94')).toBeUndefined();
  });

  it('splits joint symbols only before another symbol', () => {
    expect(symbolParts('A/61/938-S/2007/327')).toEqual(['A/61/938', 'S/2007/327']);
    expect(symbolParts('S/RES/822(1993)')).toEqual(['S/RES/822(1993)']);
    expect(symbolParts('A/ES-10/1')).toEqual(['A/ES-10/1']);
  });
});

describe('chineseNumeral', () => {
  it('writes session numbers as the letters print them', () => {
    expect([1, 10, 14, 20, 61, 62, 75, 79, 80, 100, 105, 110, 1005].map(chineseNumeral)).toEqual([
      '一', '十', '十四', '二十', '六十一', '六十二', '七十五', '七十九', '八十', '一百', '一百零五', '一百一十', '一千零五',
    ]);
    expect(() => chineseNumeral(0)).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it('writes dates as the letters do', () => {
    expect(formatDate('2007-06-07')).toBe('2007 年 6 月 7 日');
    expect(formatDate('2025-05-28')).toBe('2025 年 5 月 28 日');
  });
});

describe('jsonForScript', () => {
  it('cannot close its script element, and still parses to the same data', () => {
    const data = { name: '</script><script>alert(1)</script>', note: 'a & b > c \u2028' };
    const out = jsonForScript(data);
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual(data);
  });
});

describe('sessionRange', () => {
  it('names the sessions a topic spans as a range, gaps and unknown sessions aside', () => {
    expect(sessionRange([61, 75, 63])).toBe('第 61–75 届');
    expect(sessionRange([79, 79])).toBe('第 79 届');
    expect(sessionRange([null, 70, null])).toBe('第 70 届');
    expect(sessionRange([null])).toBe('届次未载明');
  });
});

describe('unCitation', () => {
  const url = 'https://example.org/letters/a-61-947-s-2007-339/#annex-1-p8';

  it('cites in the UN’s style: symbols, annex, printed paragraph, then the permalink', () => {
    expect(unCitation({ base: 'A/61/947-S/2007/339', annex: '附件一', paragraph: 8, url })).toBe(`A/61/947-S/2007/339，附件一，第 8 段，${url}`);
    expect(unCitation({ base: 'A/61/947-S/2007/339', paragraph: 3, url })).toBe(`A/61/947-S/2007/339，第 3 段，${url}`);
    expect(unCitation({ base: 'A/61/947-S/2007/339', url })).toBe(`A/61/947-S/2007/339，${url}`);
  });

  it('starts from the symbols joined by a dash, or the title and date of a letter without', () => {
    expect(citationBase({ symbols: ['A/61/947', 'S/2007/339'], title: 't', letterDate: '2007-06-07' })).toBe('A/61/947-S/2007/339');
    expect(citationBase({ symbols: [], title: '2025 年 5 月 28 日阿塞拜疆常驻联合国代表给秘书长的信', letterDate: '2025-05-28' })).toBe(
      '2025 年 5 月 28 日阿塞拜疆常驻联合国代表给秘书长的信，2025 年 5 月 28 日',
    );
  });
});

describe('lettersPerYear', () => {
  it('counts every year from the first to the last, empty years included', () => {
    expect(lettersPerYear([{ letterDate: '2007-06-07' }, { letterDate: '2010-01-01' }, { letterDate: '2007-08-10' }])).toEqual([
      { year: 2007, count: 2 },
      { year: 2008, count: 0 },
      { year: 2009, count: 0 },
      { year: 2010, count: 1 },
    ]);
    expect(lettersPerYear([])).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/components/utils/safeHref.ts';
import { citedLetterUrls, symbolParts } from '../../src/components/utils/citedLetterUrl.ts';
import { chineseNumeral } from '../../src/components/utils/chineseNumeral.ts';
import { jsonForScript } from '../../src/components/utils/jsonForScript.ts';
import { formatDate } from '../../src/components/utils/formatDate.ts';
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

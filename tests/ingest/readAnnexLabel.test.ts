import { describe, expect, it } from 'vitest';
import { readAnnexLabel } from '../../src/ingest/readAnnexLabel.ts';

describe('readAnnexLabel', () => {
  it('takes the last 附件 of the heading and numbers its id', () => {
    expect(readAnnexLabel('2007 年 6 月 7 日阿塞拜疆常驻联合国代表给秘书长的信的附件一')).toEqual({ label: '附件一', id: 'annex-1' });
    expect(readAnnexLabel('信的附件')).toEqual({ label: '附件', id: 'annex' });
    expect(readAnnexLabel('附件二所述附件四')).toEqual({ label: '附件四', id: 'annex-4' });
  });

  it('reads numerals past ten', () => {
    expect(readAnnexLabel('附件十')?.id).toBe('annex-10');
    expect(readAnnexLabel('附件十二')?.id).toBe('annex-12');
    expect(readAnnexLabel('附件二十一')?.id).toBe('annex-21');
  });

  it('finds no label in a heading without 附件', () => {
    expect(readAnnexLabel('情况说明')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { endsAsLetterTitle, readLetterTitle } from '../../src/ingest/readLetterTitle.ts';

describe('readLetterTitle', () => {
  it('reads kind, sender and addressees of a letter, identical letters and a note verbale', () => {
    expect(readLetterTitle('2007 年 6 月 7 日阿塞拜疆常驻联合国代表给秘书长的信')).toEqual({ kind: 'letter', addressees: ['秘书长'], sender: '阿塞拜疆常驻联合国代表' });
    expect(readLetterTitle('2024年4月3日阿拉伯叙利亚共和国常驻联合国代表给秘书长和安全理事会主席的同文信')).toEqual({
      kind: 'identical-letters',
      addressees: ['秘书长', '安全理事会主席'],
      sender: '阿拉伯叙利亚共和国常驻联合国代表',
    });
    expect(readLetterTitle('2024 年 3 月 6 日委内瑞拉玻利瓦尔共和国常驻联合国代表团致秘书长的普通照会')).toEqual({
      kind: 'note-verbale',
      addressees: ['秘书长'],
      sender: '委内瑞拉玻利瓦尔共和国常驻联合国代表团',
    });
  });

  it('keeps a committee chair whole, with the spaces its own text prints, and drops the wrapping’s', () => {
    expect(readLetterTitle('2024 年 8 月 1 日中华人民共和国常驻联合国代表给安全理事会关于朝 鲜民主主义人民共和国的第 1718(2006)号决议所设委员会主席的信')).toEqual({
      kind: 'letter',
      addressees: ['安全理事会关于朝鲜民主主义人民共和国的第 1718(2006)号决议所设委员会主席'],
      sender: '中华人民共和国常驻联合国代表',
    });
  });

  it('splits addressees only after an office (`秘书长`, `…主席`), not inside a name', () => {
    expect(readLetterTitle('2024 年 1 月 2 日秘书长给大会主席、安全理事会主席及经济及社会理事会主席的同文信')).toMatchObject({
      addressees: ['大会主席', '安全理事会主席', '经济及社会理事会主席'],
    });
  });

  it('says what is missing: the ending, the addressee, the sender', () => {
    expect(readLetterTitle('2024 年 1 月 2 日阿塞拜疆常驻联合国代表给秘书长的报告')).toHaveProperty('problem', expect.stringContaining('`…的信`'));
    expect(readLetterTitle('2024 年 1 月 2 日阿塞拜疆常驻联合国代表的信')).toHaveProperty('problem', expect.stringContaining('no addressee'));
    expect(readLetterTitle('2024 年 1 月 2 日给秘书长的信')).toHaveProperty('problem', expect.stringContaining('no sender'));
  });

  it('tells a whole title from the first line of a wrapped one', () => {
    expect(endsAsLetterTitle('2024 年 4 月 3 日…给秘书长和安全理事会主席的同文信')).toBe(true);
    expect(endsAsLetterTitle('2024 年 4 月 3 日…给秘书长和安全理事会主')).toBe(false);
    expect(endsAsLetterTitle('…给秘书长的普通照 会')).toBe(true);
  });
});

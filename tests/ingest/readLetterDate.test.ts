import { describe, expect, it } from 'vitest';
import { readLetterDate } from '../../src/ingest/readLetterDate.ts';

describe('readLetterDate', () => {
  it('reads the date with or without spaces, padding month and day', () => {
    expect(readLetterDate('2007 年 6 月 7 日阿塞拜疆常驻联合国代表给秘书长的信')).toEqual({ date: '2007-06-07' });
    expect(readLetterDate('2021年5月15日阿塞拜疆常驻联合国代表给秘书长的信')).toEqual({ date: '2021-05-15' });
  });

  it('accepts the same date stated twice', () => {
    expect(readLetterDate('2021 年 5 月 15 日…2021年5月15日')).toEqual({ date: '2021-05-15' });
  });

  it('names what is wrong', () => {
    expect(readLetterDate('阿塞拜疆常驻联合国代表给秘书长的信')).toEqual({ problem: expect.stringMatching(/no date/) });
    expect(readLetterDate('2021 年 5 月 15 日和 2021 年 6 月 1 日')).toEqual({ problem: expect.stringMatching(/2021-05-15 and 2021-06-01/) });
    expect(readLetterDate('2021 年 13 月 1 日')).toEqual({ problem: expect.stringMatching(/not a calendar date/) });
    expect(readLetterDate('2023 年 2 月 29 日')).toEqual({ problem: expect.stringMatching(/not a calendar date/) });
    expect(readLetterDate('2024 年 2 月 29 日')).toEqual({ date: '2024-02-29' });
  });
});

import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../../src/ingest/joinWrappedLines.ts';

const join = (texts: string[], urls: string[] = []) => joinWrappedLines(texts.map((text, index) => ({ line: 10 + index * 2, text })), urls);

describe('joinWrappedLines', () => {
  it('joins Chinese lines without a space, whatever the spacing at the ends', () => {
    expect(join(['在纳戈尔诺-卡拉巴赫举行的所谓“总统选举”已经加剧 ', '紧张局势']).text).toBe('在纳戈尔诺-卡拉巴赫举行的所谓“总统选举”已经加剧紧张局势');
    expect(join([' 现随函附上 2007', '年 5月 15日']).text).toBe('现随函附上 2007年 5月 15日');
  });

  it('joins a name hyphenated over lines without a space', () => {
    expect(join(['包括纳戈尔', '诺-卡拉巴赫地区']).text).toBe('包括纳戈尔诺-卡拉巴赫地区');
    expect(join(['阿塞拜疆纳戈尔诺-', '卡拉巴赫']).text).toBe('阿塞拜疆纳戈尔诺-卡拉巴赫');
    expect(join(['和 A/74/881-', 'S/2020/503，附件']).text).toBe('和 A/74/881-S/2020/503，附件');
  });

  it('keeps the space between Latin words split over lines', () => {
    expect(join(['in the occupied territories of the Republic', 'of Azerbaijan']).text).toBe('in the occupied territories of the Republic of Azerbaijan');
  });

  it('rejoins a URL broken over lines only when the link list confirms it', () => {
    const lines = ['日，www.president.am/en/interviews/President-Serzh-Sargs', 'yan-interview-Armnews-Sochi/；Sisak'];
    const url = 'http://www.president.am/en/interviews/President-Serzh-Sargsyan-interview-Armnews-Sochi/';
    expect(join(lines, [url]).text).toBe('日，www.president.am/en/interviews/President-Serzh-Sargsyan-interview-Armnews-Sochi/；Sisak');
    expect(join(lines, []).text).toContain('Sargs yan');
  });

  it('records where each source line starts in the text', () => {
    expect(join(['第一行', '', '第二行']).origins).toEqual([
      { offset: 0, line: 10 },
      { offset: 3, line: 14 },
    ]);
  });
});

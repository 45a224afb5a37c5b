import { describe, expect, it } from 'vitest';
import type { ShapedBlock } from '../../src/ingest/classifyBlocks.ts';
import { joinWrappedHeadings } from '../../src/ingest/joinWrappedHeadings.ts';

/** One block per printed line, as centred lines come out of a PDF text layer. */
const blocks = (...lines: string[]): ShapedBlock[] =>
  lines.map((text, index) => ({ text: { text, origins: [{ offset: 0, line: index + 1 }], marks: [] }, lines: [{ line: index + 1, text }], indent: 4 }));
const texts = (shaped: ShapedBlock[]) => shaped.map((block) => block.text.text);

describe('joinWrappedHeadings', () => {
  it('rejoins a title broken inside a name, and leaves the text after it', () => {
    expect(texts(joinWrappedHeadings(blocks('2024 年 4 月 3 日阿拉伯叙利亚共', '和国常驻联合国代表给秘书长的信', '阁下：')))).toEqual([
      '2024 年 4 月 3 日阿拉伯叙利亚共和国常驻联合国代表给秘书长的信',
      '阁下：',
    ]);
  });

  it('rejoins an annex heading over three lines whose first piece looks like a dateline', () => {
    const shaped = joinWrappedHeadings(blocks('2001 年 4 月 16 日朝鲜民主主义人民共和国常驻联合国代表给秘书长的信', '正文。', '2001 年 4 月 16 日朝鲜民主', '主义人民共和国常驻联合国代表给', '秘书长的信的附件一', '声明'));
    expect(texts(shaped)).toEqual([
      '2001 年 4 月 16 日朝鲜民主主义人民共和国常驻联合国代表给秘书长的信',
      '正文。',
      '2001 年 4 月 16 日朝鲜民主主义人民共和国常驻联合国代表给秘书长的信的附件一',
      '声明',
    ]);
    expect(shaped[2]?.lines.map((line) => line.line)).toEqual([3, 4, 5]);
  });

  it('takes the longest join that is whole: `…的附件` / `一` is 附件一', () => {
    const shaped = joinWrappedHeadings(blocks('2005 年 1 月 11 日蒙古常驻联合国代表给秘书长的信', '正文。', '2005 年 1 月 11 日蒙古常驻联合', '国代表给秘书长的信的附件', '一', '声明'));
    expect(texts(shaped).slice(2)).toEqual(['2005 年 1 月 11 日蒙古常驻联合国代表给秘书长的信的附件一', '声明']);
  });

  it('keeps a dateline apart from the dated annex heading after it', () => {
    expect(texts(joinWrappedHeadings(blocks('2007 年 7 月 20 日阿塞拜疆常驻联合国代表给秘书长的信', '2007 年 7 月 20 日', '2007 年 7 月 20 日阿塞拜疆常驻联合国代表致信函的附件')))).toEqual([
      '2007 年 7 月 20 日阿塞拜疆常驻联合国代表给秘书长的信',
      '2007 年 7 月 20 日',
      '2007 年 7 月 20 日阿塞拜疆常驻联合国代表致信函的附件',
    ]);
  });

  it('leaves a title apart that no join makes whole', () => {
    expect(texts(joinWrappedHeadings(blocks('2024 年 4 月 3 日阿塞拜疆常驻联合国代表给秘书长', '阁下：', '正文。')))).toEqual([
      '2024 年 4 月 3 日阿塞拜疆常驻联合国代表给秘书长',
      '阁下：',
      '正文。',
    ]);
  });
});

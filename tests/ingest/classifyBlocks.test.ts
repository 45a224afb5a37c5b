import { describe, expect, it } from 'vitest';
import { classifyBlocks, type ShapedBlock } from '../../src/ingest/classifyBlocks.ts';
import { joinWrappedLines } from '../../src/ingest/joinWrappedLines.ts';

let nextLine = 1;
/** A block as the page prints it: its lines and the indent of the first. */
const block = (indent: number, ...texts: string[]): ShapedBlock => {
  const lines = texts.map((text) => ({ line: nextLine++, text }));
  return { text: joinWrappedLines(lines), lines, indent };
};
const kinds = (blocks: ShapedBlock[]) => classifyBlocks('x.txt', blocks, 74).map((draft) => [draft.kind, draft.number, draft.parts.map((part) => part.text).join('|')]);

describe('classifyBlocks', () => {
  it('tells the kinds of a letter’s blocks apart', () => {
    expect(
      kinds([
        block(2, '2007 年 6 月 7 日阿塞拜疆常驻联合国代表给秘书长的信'),
        block(0, '阁下：'),
        block(1, '谨随函附上决议。'),
        block(0, '常驻代表', '大使'),
        block(0, '阿格申·梅赫迪耶夫（签名）'),
        block(0, '2007 年 7 月 20 日'),
        block(3, '2007 年 6 月 7 日阿塞拜疆常驻联合国代表给秘书长的信的附件一'),
        block(2, '第 7/34-P 号决议亚美尼亚共和国对阿塞拜疆共和国的侵略'),
        block(1, '1. 强烈谴责亚美尼亚共和国对阿塞拜疆共和国的侵略。'),
        block(0, '伊斯兰会议组织进行的谴责：'),
        block(2, '停火，就其本质而言，只不过是间隔性的。'),
        block(0, '“6. ……即将举行的所谓总统选举已经加剧紧张局', '势。”'),
        block(0, '2007 年 7 月 19 日吉达'),
      ]),
    ).toEqual([
      ['title', undefined, '2007 年 6 月 7 日阿塞拜疆常驻联合国代表给秘书长的信'],
      ['salutation', undefined, '阁下：'],
      ['paragraph', undefined, '谨随函附上决议。'],
      ['signature', undefined, '常驻代表|大使|阿格申·梅赫迪耶夫（签名）'],
      ['dateline', undefined, '2007 年 7 月 20 日'],
      ['annex', undefined, '2007 年 6 月 7 日阿塞拜疆常驻联合国代表给秘书长的信的附件一'],
      ['heading', undefined, '第 7/34-P 号决议亚美尼亚共和国对阿塞拜疆共和国的侵略'],
      ['paragraph', 1, '强烈谴责亚美尼亚共和国对阿塞拜疆共和国的侵略。'],
      ['heading', undefined, '伊斯兰会议组织进行的谴责：'],
      ['quote', undefined, '停火，就其本质而言，只不过是间隔性的。'],
      ['quote', undefined, '“6. ……即将举行的所谓总统选举已经加剧紧张局势。”'],
      ['dateline', undefined, '2007 年 7 月 19 日吉达'],
    ]);
  });

  it('reads a section’s heading on a line of its own at any indent, however numbered, and a run-in section as a paragraph', () => {
    const headings = ['一、背景', '一. 导言', 'I. 导言', 'IV. 结论', 'Ⅰ. 导言', 'Ⅱ.背景', 'A. 冲突导致的粮食不安全', '（一）维护以联合国为核心的国际体系'];
    for (const heading of headings) expect(kinds([block(2, '标题'), block(1, heading), block(1, '正文。')])[1], heading).toEqual(['heading', undefined, heading]);
    expect(kinds([block(2, '标题'), block(1, '（一）各国应恪守《联合国宪章》。')])[1]?.[0]).toBe('paragraph');
  });

  it('reads a dateline with `于` before its place, and the longest capitals’ names', () => {
    const closing = kinds([block(2, '标题'), block(1, '正文。'), block(8, '2024 年 2 月 27 日于斯里贾亚瓦德纳普拉科特'), block(8, '2024 年 3 月 1 日于日内瓦')]);
    expect(closing.slice(2).map(([kind]) => kind)).toEqual(['dateline', 'dateline']);
  });

  it('takes short unpunctuated lines for a signature only where they end a section', () => {
    expect(kinds([block(2, '标题'), block(2, '欧洲议会'), block(1, '正文。'), block(0, '阿塞拜疆共和国总统', '伊利哈姆·阿利耶夫')]).map(([kind]) => kind)).toEqual([
      'title',
      'heading',
      'paragraph',
      'signature',
    ]);
  });

  it('takes a line ending （签名） into the signature however long the name', () => {
    const name = '阿卜杜勒马哈茂德·阿卜杜勒哈利姆·穆罕默德（签名）';
    expect(kinds([block(2, '标题'), block(1, '正文。'), block(0, '77 国集团和中国主席'), block(0, '大使'), block(0, name), block(3, '2009 年 10 月 5 日苏丹常驻联合国代表给秘书长的信的附件')])).toEqual([
      ['title', undefined, '标题'],
      ['paragraph', undefined, '正文。'],
      ['signature', undefined, `77 国集团和中国主席|大使|${name}`],
      ['annex', undefined, '2009 年 10 月 5 日苏丹常驻联合国代表给秘书长的信的附件'],
    ]);
  });

  it('takes the lines after the signed name into the signature when they end the section, and only then', () => {
    const signed = [block(2, '标题'), block(1, '正文。'), block(0, '伊万·爱德华多·希尔·平托（签名）'), block(0, '委内瑞拉玻利瓦尔共和国'), block(0, '人民政权外交部长')];
    expect(kinds(signed).map(([kind, , text]) => [kind, text])).toEqual([
      ['title', '标题'],
      ['paragraph', '正文。'],
      ['signature', '伊万·爱德华多·希尔·平托（签名）|委内瑞拉玻利瓦尔共和国|人民政权外交部长'],
    ]);
    const markAbove = [block(2, '标题'), block(1, '正文。'), block(0, '（签名）'), block(0, '哈立德·西迪格'), block(0, '常驻代表'), block(3, '2024 年 1 月 1 日某国常驻联合国代表给秘书长的信的附件')];
    expect(kinds(markAbove).map(([kind]) => kind)).toEqual(['title', 'paragraph', 'signature', 'annex']);
    // Short lines after a signature that do not end the section are the letter's own.
    const more = [block(2, '标题'), block(1, '正文。'), block(0, '阿格申（签名）'), block(0, '附文'), block(1, '又一段。')];
    expect(kinds(more).map(([kind]) => kind)).toEqual(['title', 'paragraph', 'signature', 'heading', 'paragraph']);
  });

  it('quotes a quotation over several paragraphs, each opening with “ and only the last closing, and nothing left open', () => {
    const quotation = [block(1, '“朝鲜今年多次发射弹道导弹，', '严重违反安全理事会相关决议。'), block(1, '“日本对此提出强烈抗议。'), block(1, '“日本呼吁朝鲜立即停止一切挑衅行为。”')];
    expect(kinds([block(2, '标题'), block(1, '声明全文如下：'), ...quotation, block(1, '请分发为荷。')]).map(([kind]) => kind)).toEqual(['title', 'paragraph', 'quote', 'quote', 'quote', 'paragraph']);
    // Left open with no paragraph that closes: not guessed.
    expect(kinds([block(2, '标题'), block(1, '“朝鲜今年多次发射弹道导弹。'), block(1, '日本对此提出强烈抗议。')]).map(([kind]) => kind)).toEqual(['title', 'paragraph', 'paragraph']);
  });

  it('takes indented lettered sub-paragraphs for paragraphs, not quotations', () => {
    expect(kinds([block(2, '标题'), block(1, '各方应：'), block(4, '(a) 加快落实《2030 年可持续发展议程》；'), block(4, '（b） 加强粮食安全。'), block(4, '停火只不过是间隔性的。')])).toEqual([
      ['title', undefined, '标题'],
      ['paragraph', undefined, '各方应：'],
      ['paragraph', undefined, '(a) 加快落实《2030 年可持续发展议程》；'],
      ['paragraph', undefined, '（b） 加强粮食安全。'],
      ['quote', undefined, '停火只不过是间隔性的。'],
    ]);
  });

  it('refuses a letter with no blocks', () => {
    expect(() => classifyBlocks('x.txt', [], 74)).toThrow(/no title/);
  });
});

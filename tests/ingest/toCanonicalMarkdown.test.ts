import { describe, expect, it } from 'vitest';
import { toCanonicalMarkdown } from '../../src/ingest/toCanonicalMarkdown.ts';
import { canonicalChars, countDifferences, seedChars } from './conservation.ts';
import { readCanonical, type ReadBlock, type ReadCanonical } from './readCanonical.ts';
import { seedMarkdown, seedPath, seedText } from './seedText.ts';

const read = (prefix: string): ReadCanonical => readCanonical(seedMarkdown(prefix).markdown);
const headings = (letter: ReadCanonical, depth: number): string[] =>
  letter.blocks.filter((block) => block.kind === 'heading' && block.depth === depth).map((block) => block.text);
const commented = (letter: ReadCanonical, comment: string): ReadBlock[] => letter.blocks.filter((block) => block.comment === comment);
const numbersIn = (letter: ReadCanonical, from: number, to: number): number[] =>
  letter.blocks.slice(from, to).flatMap((block) => (block.kind === 'paragraph' && /^\d+\. /.test(block.text) ? [Number.parseInt(block.text, 10)] : []));
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);
const annexStart = (letter: ReadCanonical, label: string): number =>
  letter.blocks.findIndex((block) => block.kind === 'heading' && block.depth === 2 && block.text.endsWith(label));

describe('toCanonicalMarkdown on the seeds: front matter', () => {
  it('names the source file', () => {
    expect(read('000').front.source).toBe('000_d83968b591f3d1da.txt');
  });

  it('reads symbols from running headers (000, 002) or the cover (001), and invents none (003, 004)', () => {
    expect(read('000').front.symbols).toEqual(['A/61/947', 'S/2007/339']);
    expect(read('001').front.symbols).toEqual(['A/61/1006', 'S/2007/452']);
    expect(read('002').front.symbols).toEqual(['A/75/709', 'S/2021/39']);
    expect(read('003').front.symbols).toEqual([]);
    expect(read('004').front.symbols).toEqual([]);
  });

  it('reads the distribution date from 001’s cover and no other', () => {
    expect(read('001').front.distributionDate).toBe('2007-07-23');
    for (const prefix of ['000', '002', '003', '004']) expect(read(prefix).front.distributionDate).toBeNull();
  });

  it('reads the session, 003’s run-together line included', () => {
    expect(read('000').front.session).toEqual({ generalAssembly: 61, securityCouncilYear: 62 });
    expect(read('001').front.session).toEqual({ generalAssembly: 61, securityCouncilYear: 62 });
    expect(read('002').front.session).toEqual({ generalAssembly: 75, securityCouncilYear: 76 });
    expect(read('003').front.session).toEqual({ generalAssembly: 75, securityCouncilYear: 76 });
    expect(read('004').front.session).toEqual({ generalAssembly: 79, securityCouncilYear: 80 });
  });

  it('pairs agenda numbers with titles rejoined over lines', () => {
    expect(read('000').front.agendaItems).toEqual([
      { number: 17, title: '阿塞拜疆被占领土的局势' },
      { number: 27, title: '古阿姆集团地区旷日持久的冲突及其对国际和平、安全与发展的影响' },
    ]);
    expect(read('002').front.agendaItems.map((item) => item.number)).toEqual([34, 35, 40, 86]);
    expect(read('003').front.agendaItems.map((item) => item.title)).toEqual([
      '和平文化',
      '预防武装冲突',
      '古阿姆集团地区旷日持久的冲突及其对国际和平、安全与发展的影响',
      '阿塞拜疆被占领土局势',
      '建设和平和保持和平',
      '消除种族主义、种族歧视、仇外心理和相关不容忍行为',
      '国内和国家的法治',
    ]);
    expect(read('004').front.agendaItems).toEqual([
      { number: 32, title: '预防武装冲突' },
      { number: 60, title: '联合国难民事务高级专员的报告、与难民、回返者和流离失所者有关的问题以及人道主义问题' },
      { number: 61, title: '建设和平和保持和平' },
      { number: 69, title: '消除种族主义、种族歧视、仇外和相关不容忍言行' },
      { number: 71, title: '促进和保护人权' },
      { number: 84, title: '国内和国际的法治' },
      { number: 132, title: '保护责任与防止灭绝种族、战争罪、族裔清洗和危害人类罪' },
    ]);
  });

  it('keeps every stripped line as furniture of the right kind, at its source line', () => {
    const text = seedText('000').split('\n');
    const furniture = read('000').front.furniture;
    for (const entry of furniture) expect(text[entry.line - 1]?.trim()).toBe(entry.text);
    expect(furniture.filter((entry) => entry.kind === 'running-header').map((entry) => entry.line)).toEqual([204, 206, 281, 282]);
    expect(furniture.filter((entry) => entry.kind === 'job-number').map((entry) => entry.text)).toEqual(['07-37523 5', '6 07-37523']);
    expect(furniture.filter((entry) => entry.kind === 'masthead').map((entry) => entry.line)).toEqual([1, 3, 5, 7, 9, 11]);
    const cover = read('001').front.furniture;
    expect(cover.filter((entry) => entry.kind === 'cover-block').map((entry) => entry.line)).toEqual([2, 6, 8, 11, 12, 13, 14]);
    expect(cover.find((entry) => entry.kind === 'barcode')).toEqual({ kind: 'barcode', line: 19, text: '*0743604*' });
    const pages = read('002').front.furniture;
    expect(pages.filter((entry) => entry.kind === 'footnote-rule')).toHaveLength(13);
    expect(pages.filter((entry) => entry.kind === 'link-list')).toHaveLength(88);
    expect(pages.find((entry) => entry.kind === 'job-number')?.text).toBe('21-00487 2/13');
  });
});

describe('toCanonicalMarkdown on the seeds: text', () => {
  it('writes exactly one title, the letter’s', () => {
    expect(headings(read('000'), 1)).toEqual(['2007 年 6 月 7 日阿塞拜疆常驻联合国代表给秘书长的信']);
    expect(headings(read('003'), 1)).toEqual(['2021 年 5 月 15 日阿塞拜疆常驻联合国代表给秘书长的信']);
    for (const prefix of ['001', '002', '004']) expect(headings(read(prefix), 1)).toHaveLength(1);
  });

  it('heads each annex with its line as printed', () => {
    expect(headings(read('000'), 2).map((text) => text.slice(-3))).toEqual(['附件一', '附件二']);
    expect(headings(read('001'), 2)).toEqual(['2007 年 7 月 20 日阿塞拜疆常驻联合国代表致信函的附件', '附件一', '附件二', '附件三', '附件四']);
    expect(headings(read('002'), 2)).toEqual([]);
    expect(headings(read('003'), 2)).toEqual(['2021年5月15日阿塞拜疆常驻联合国代表给秘书长的信的附件']);
    expect(headings(read('004'), 2).map((text) => text.slice(-3))).toEqual(['附件一', '附件二']);
  });

  it('makes short title lines headings, annex titles and 000’s section heads among them', () => {
    const letter = read('000');
    expect(headings(letter, 3)).toEqual([
      '第 7/34-P 号决议亚美尼亚共和国对阿塞拜疆共和国的侵略',
      '伊斯兰会议组织秘书长关于亚美尼亚共和国侵略阿塞拜疆共和国的报告',
      '伊斯兰会议组织进行的谴责：',
      '与联合国和欧安组织的合作：',
      '伊斯兰会议组织代表团对境内流离失所者和难民的访问：',
      '呼吁向难民和境内流离失所者提供援助：',
      '成员国的强烈支持：',
    ]);
    expect(headings(read('001'), 3)).toContain('欧安组织明斯克小组共同主席（俄罗斯联邦大使尤里·梅兹利亚、法国大使伯纳德·法希尔和美国大使马修·布里扎）2007 年 7 月 13 日在维也纳发表声明摘录');
    expect(headings(read('003'), 3)).toEqual(['阿塞拜疆共和国外交部新闻司的情况说明']);
    expect(headings(read('004'), 3)).toHaveLength(2);
  });

  it('writes the printed paragraph numbers, 1…23 and 1…12 in 000’s annexes', () => {
    const letter = read('000');
    const first = annexStart(letter, '附件一');
    const second = annexStart(letter, '附件二');
    expect(numbersIn(letter, first, second)).toEqual(range(1, 23));
    expect(numbersIn(letter, second, letter.blocks.length)).toEqual(range(1, 12));
    expect(numbersIn(letter, 0, first)).toEqual([]);
    expect(seedMarkdown('000').markdown).toMatch(/^23\\\. 请秘书长密切关注/m);
  });

  it('marks salutation, signature and datelines', () => {
    expect(commented(read('001'), 'salutation').map((block) => block.text)).toEqual(['阁下：']);
    expect(commented(read('000'), 'signature').map((block) => block.text)).toEqual(['常驻代表\n大使\n阿格申·梅赫迪耶夫（签名）']);
    expect(commented(read('004'), 'signature').map((block) => block.text)).toEqual(['常驻代表\n大使\n托菲格·穆萨耶夫(签名)', '阿塞拜疆共和国总统\n伊利哈姆·阿利耶夫']);
    expect(commented(read('001'), 'dateline').map((block) => block.text)).toEqual(['2007 年 7 月 20 日', '2007 年 7 月 19 日吉达', '日期：2007 年 7 月 20 日']);
    expect(commented(read('004'), 'dateline').map((block) => block.text)).toEqual(['2025 年 5月 21 日，安卡拉']);
  });

  it('rebuilds paragraphs across wraps and page breaks, and starts them at indents', () => {
    const letter = read('001');
    expect(letter.blocks.some((block) => block.text.includes('它们不承认这一行为的合法性。同时还强调'))).toBe(true);
    const body = read('000').blocks;
    expect(body[1]?.text).toBe(
      '除 2007 年 6 月 1 日我的信（A/61/938-S/2007/327）之外，现随函附上 2007年 5月 15日至 17日在伊斯兰堡举行的伊斯兰外交部长会议第三十四届会议通过的决议，题为“亚美尼亚共和国对阿塞拜疆共和国的侵略”（见附件一），并附上伊斯兰会议组织秘书长关于亚美尼亚共和国对阿塞拜疆共和国的侵略的报告（见附件二）。',
    );
    // 2 letter paragraphs, 11 preamble and 23 numbered paragraphs in annex I, 12 in annex II, and the signature.
    expect(body.filter((block) => block.kind === 'paragraph')).toHaveLength(2 + 11 + 23 + 12 + 1);
  });

  it('joins Chinese and hyphenated names without a space, Latin words with one', () => {
    const all = read('002');
    const text = [...all.blocks.map((block) => block.text), ...all.footnotes.map((note) => note.text)].join('\n');
    expect(text).toContain('纳戈尔诺-卡拉巴赫地区针对平民');
    expect(text).not.toMatch(/纳戈尔诺- 卡拉巴赫/);
    expect(text).toContain('of the Republic of Azerbaijan');
    expect(text).toContain('A/74/881-S/2020/503');
  });

  it('makes whole-paragraph quotations quotes', () => {
    expect(read('002').blocks.filter((block) => block.kind === 'blockquote')).toHaveLength(4);
    expect(read('001').blocks.find((block) => block.kind === 'blockquote')?.text).toMatch(/^“6\. ……即将在/);
  });
});

describe('toCanonicalMarkdown on the seeds: footnotes', () => {
  it('finds 002’s 53 bare-number marks in order, each where it is printed', () => {
    const letter = read('002');
    expect(letter.footnotes.map((note) => note.label)).toEqual(range(1, 53).map(String));
    expect(letter.blocks.flatMap((block) => block.marks)).toEqual(range(1, 53).map(String));
    const markdown = seedMarkdown('002').markdown;
    expect(markdown).toContain('违反《苏联宪法》，[^1] 通过了');
    expect(markdown).toContain('另有 1 000 人受伤');
    expect(markdown).toContain('的责任的报告[^31] (四份报告');
    expect(markdown).toContain('再次升级。[^46] 2016 年 4 月');
  });

  it('keeps footnote text whole, with 40’s URL rejoined as the link list confirms', () => {
    const notes = read('002').footnotes;
    expect(notes[0]?.text).toMatch(/^苏联内部曾有 15 个加盟共和国：.*但须经苏联批准。$/);
    expect(notes[39]?.text).toContain('www.president.am/en/interviews-and-press-conferences/item/2014/08/11/President-Serzh-Sargsyan-interview-Armnews-Sochi/');
    expect(notes[41]?.text).toContain('www.primeminister.am/en/statements-and-messages/item/2019/08/05/Rally');
    expect(notes[29]?.text).toContain('displaced persons1 and');
  });

  it('reads 001’s one `*` footnote, marked twice', () => {
    const letter = read('001');
    expect(letter.footnotes).toEqual([{ label: '*', text: '克罗地亚和前南斯拉夫的马其顿共和国继续作为稳定与结盟进程国。' }]);
    expect(letter.blocks.flatMap((block) => block.marks)).toEqual(['*', '*']);
    expect(letter.blocks.find((block) => block.marks.length > 0)?.text).toBe(
      '“候选国土耳其、克罗地亚和前南斯拉夫的马其顿共和国，稳定与结盟进程国及可能的候选国阿尔巴尼亚、波斯尼亚和黑塞哥维那、黑山、塞尔维亚，及欧洲自由贸易区成员国冰岛、列支敦士登和挪威，欧洲经济区成员，以及乌克兰、摩尔多瓦共和国以及格鲁吉亚都赞同这一声明。',
    );
  });

  it('reads 003’s `<sup>` footnote and its links as plain text', () => {
    const letter = read('003');
    expect(letter.footnotes).toEqual([{ label: '1', text: '例如，见 A/74/450-S/2019/762 和 A/74/961-S/2020/729。' }]);
    expect(letter.blocks.flatMap((block) => block.marks)).toEqual(['1']);
  });
});

describe('toCanonicalMarkdown: line map and invariance', () => {
  it('maps every Markdown line to the source line its text came from', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { markdown, lineMap } = seedMarkdown(prefix);
      const lines = markdown.replace(/\n$/, '').split('\n');
      const source = seedText(prefix).split('\n');
      expect(lineMap).toHaveLength(lines.length);
      lines.forEach((line, index) => {
        const from = lineMap[index] ?? 0;
        expect(from).toBeGreaterThanOrEqual(1);
        expect(from).toBeLessThanOrEqual(source.length);
        // A written text line starts with the first characters of its source line.
        const body = line.replace(/^(#{1,3} |> |\d+\\\. |\[\^[^\]]+\]: )/, '').replace(/\\(.)/g, '$1').replace(/\\$/, '');
        const start = [...body].slice(0, 2).join('');
        if (/^[\p{Script=Han}“]/u.test(start) && !line.startsWith('  - ')) expect(source[from - 1]).toContain(start);
      });
    }
  });

  it('maps front-matter facts to the lines they were read from', () => {
    const { markdown, lineMap } = seedMarkdown('001');
    const lines = markdown.split('\n');
    const at = (key: string) => lineMap[lines.findIndex((line) => line.startsWith(key))];
    expect([at('symbols:'), at('distributionDate:'), at('session:'), at('agendaItems:')]).toEqual([2, 11, 23, 25]);
  });

  it('gives the same Markdown whatever the line ends and trailing spaces', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { markdown } = seedMarkdown(prefix);
      const text = seedText(prefix);
      const path = seedPath(prefix);
      const stripped = text.replace(/[ \t]+$/gm, '');
      const padded = text.replace(/\n/g, '   \n');
      expect(toCanonicalMarkdown({ path, text: stripped }).markdown).toBe(markdown);
      expect(toCanonicalMarkdown({ path, text: padded }).markdown).toBe(markdown);
    }
  });

  it('passes canonical Markdown through unchanged', () => {
    const { markdown } = seedMarkdown('000');
    const again = toCanonicalMarkdown({ path: 'fixed.md', text: markdown });
    expect(again.markdown).toBe(markdown);
    expect(again.lineMap.slice(0, 3)).toEqual([1, 2, 3]);
  });

  it('refuses a letter with no text as having no title, at a line', () => {
    expect(() => toCanonicalMarkdown({ path: 'x.txt', text: ' 大  会  安全理事会\n\n第六十一届会议  第六十二年\n' })).toThrow(/no title/);
  });
});

describe('toCanonicalMarkdown: nothing dropped, nothing invented', () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    it(`every non-whitespace character of seed ${prefix} is in the text or the furniture`, () => {
      const text = seedText(prefix);
      const { markdown } = seedMarkdown(prefix);
      expect(countDifferences(seedChars(text, prefix === '003'), canonicalChars(markdown))).toEqual([]);
    });
  }
});

describe('toCanonicalMarkdown: letters without a title', () => {
  const refusal = (text: string) => {
    try {
      toCanonicalMarkdown({ path: 'seeds/x.txt', text });
    } catch (error) {
      return error as { ruleId: string; line: number; file: string };
    }
    throw new Error('accepted');
  };

  it('refuses a PDF-text letter whose first block is a paragraph, at its line', () => {
    const text = seedText('000').replace('  2007 年 6 月 7 日阿塞拜疆常驻联合国代表给秘书长的信', '');
    const error = refusal(text);
    expect([error.ruleId, error.file, error.line]).toEqual(['no-title', 'seeds/x.txt', 20]);
  });

  it('refuses a Markdown-flavour letter without its `## ` title line, at the first text line', () => {
    const error = refusal(seedText('003').replace(/^## .*\n/m, ''));
    expect([error.ruleId, error.line]).toEqual(['no-title', 26]);
  });
});

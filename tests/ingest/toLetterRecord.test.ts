import { readFileSync } from 'node:fs';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { LetterRecord } from '../../src/records/schema.ts';
import { toLetterRecord } from '../../src/ingest/toLetterRecord.ts';

const fixture = readFileSync(new URL('./fixtures/canonical/letter-000.md', import.meta.url), 'utf8');
const context = { path: 'letter-000.md' };

/** The located message `markdown` is refused with. */
function refusal(markdown: string, lineMap?: number[]): VFileMessage {
  try {
    toLetterRecord(markdown, { path: 'bad.md', lineMap });
  } catch (error) {
    expect(error).toBeInstanceOf(VFileMessage);
    return error as VFileMessage;
  }
  throw new Error('expected the letter to be refused');
}

/** A signed letter dated 2021-05-15 with `body` after its signature. */
const minimal = (body: string, front = '') =>
  `${front ? `---\n${front}\n---\n\n` : ''}# 2021 年 5 月 15 日阿塞拜疆常驻联合国代表给秘书长的信\n\n<!-- signature -->\n常驻代表\\\n大使\n\n${body}\n`;

describe('toLetterRecord on a canonical letter', () => {
  const record = toLetterRecord(fixture, context);

  it('produces a record the schema accepts', () => {
    expect(LetterRecord.safeParse(record).success).toBe(true);
  });

  it('takes id, url, date and metadata from the front matter and title', () => {
    expect(record.id).toBe('a-61-947-s-2007-339');
    expect(record.url).toBe('/letters/a-61-947-s-2007-339/');
    expect(record.letterDate).toBe('2007-06-07');
    expect(record.symbols).toEqual(['A/61/947', 'S/2007/339']);
    expect(record.session).toEqual({ generalAssembly: 61, securityCouncilYear: 62 });
    expect(record.agendaItems.map((item) => item.number)).toEqual([17, 27]);
    expect(record.source).toBe('000_d83968b591f3d1da.txt');
    expect(record.furniture).toEqual([{ kind: 'running-header', line: 204, text: 'A/61/947' }]);
  });

  it('reads annexes with label, heading and title', () => {
    expect(record.annexes.map(({ id, label, title }) => ({ id, label, title }))).toEqual([
      { id: 'annex-1', label: '附件一', title: '亚美尼亚共和国对阿塞拜疆共和国的侵略' },
      { id: 'annex-2', label: '附件二', title: null },
    ]);
    expect(record.annexes[0]?.heading).toBe('2007 年 6 月 7 日阿塞拜疆常驻联合国代表给秘书长的信的附件一');
  });

  it('gives blocks kinds, printed numbers and stable ids', () => {
    expect(record.body.map((block) => [block.id, block.kind])).toEqual([
      ['body-b1', 'paragraph'],
      ['body-b2', 'paragraph'],
      ['body-b3', 'signature'],
    ]);
    expect(record.annexes[0]?.blocks.map((block) => [block.id, block.kind, block.number])).toEqual([
      ['annex-1-b1', 'heading', undefined],
      ['annex-1-b2', 'heading', undefined],
      ['annex-1-p1', 'paragraph', 1],
      ['annex-1-p2', 'paragraph', 2],
      ['annex-1-b5', 'quote', undefined],
    ]);
    // A printed number repeated in a section keeps the first id and suffixes the next.
    expect(record.annexes[1]?.blocks.map((block) => block.id)).toEqual(['annex-2-p2', 'annex-2-p2-2']);
    expect(record.annexes[0]?.blocks[2]?.text).toBe('强烈谴责亚美尼亚共和国对阿塞拜疆共和国的侵略。');
  });

  it('joins signature lines with newlines', () => {
    expect(record.body[2]?.text).toBe('常驻代表\n大使\n阿格申·梅赫迪耶夫（签名）');
  });

  it('keeps markup-looking text literally', () => {
    expect(record.annexes[1]?.blocks[0]?.text).toBe('重复的号码*，和 <script>alert(1)</script>。');
  });

  it('links footnote marks to footnotes by id and offset', () => {
    expect(record.footnotes.map(({ id, marker }) => [id, marker])).toEqual([
      ['fn-1', '1'],
      ['fn-star', '*'],
      ['fn-star-2', '*'],
    ]);
    const first = record.body[0];
    expect(first?.footnotes).toEqual([{ id: 'fn-1', offset: first?.text.indexOf('， 通过了') as number + 1 }]);
    const marked = record.annexes[1]?.blocks[0];
    expect(marked?.footnotes).toEqual([{ id: 'fn-star-2', offset: marked?.text.length }]);
  });

  it('collects citations with undocs links, in order, once each', () => {
    expect(record.citations).toEqual([
      { symbol: 'A/61/938-S/2007/327', url: 'https://undocs.org/zh/A/61/938-S/2007/327' },
      { symbol: 'S/RES/822(1993)', url: 'https://undocs.org/zh/S/RES/822(1993)' },
      { symbol: 'S/RES/853(1993)', url: 'https://undocs.org/zh/S/RES/853(1993)' },
      { symbol: 'S/2007/339', url: 'https://undocs.org/zh/S/2007/339' },
    ]);
    const [link] = record.body[0]?.links ?? [];
    expect(link && record.body[0]?.text.slice(link.start, link.end)).toBe('A/61/938-S/2007/327');
  });

  it('lists keywords, names unsplit', () => {
    expect(record.keywords.length).toBeGreaterThan(0);
    expect(record.keywords).toContain('阿塞拜疆共和国');
  });

  it('is the same record on every run', () => {
    expect(toLetterRecord(fixture, context)).toEqual(record);
  });
});

describe('toLetterRecord reads canonical text literally', () => {
  it('takes GFM strikethrough, tables and bare URLs as text, escapes read', () => {
    const record = toLetterRecord(minimal('见 https://e.org/a\\_b\\&c=1 和 www.e.org/x\\_y，~~不删~~ | 表 | 格 |。'), context);
    expect(record.body[1]?.text).toBe('见 https://e.org/a_b&c=1 和 www.e.org/x_y，~~不删~~ | 表 | 格 |。');
    expect(record.body[1]?.links?.map((link) => link.href)).toEqual(['https://e.org/a_b&c=1', 'http://www.e.org/x_y']);
  });

  it('reads a GFM table as one table block, rows one per line and cells apart by a tab, escaped pipes kept', () => {
    const record = toLetterRecord(minimal('| 甲 | 乙 \\| 丙 |\n| --- | --- |\n| 1 | S/2007/339 |\n\n完。'), context);
    expect(record.body[1]).toMatchObject({ kind: 'table', text: '甲\t乙 | 丙\n1\tS/2007/339' });
    expect(record.body[1]?.links?.map((link) => record.body[1]?.text.slice(link.start, link.end))).toEqual(['S/2007/339']);
  });

  it('reads pipes without a delimiter row as text, and refuses a table row wider or narrower than its header', () => {
    expect(toLetterRecord(minimal('| 甲 | 乙 |\n| 1 | 2 |\n\n完。'), context).body[1]).toMatchObject({ kind: 'paragraph', text: '| 甲 | 乙 |\n| 1 | 2 |' });
    expect(() => toLetterRecord(minimal('| 甲 | 乙 |\n| --- | --- |\n| 1 | 2 | 3 |\n\n完。'), context)).toThrow(/a table row of 3 cells under a header of 2/);
    expect(() => toLetterRecord(minimal('| 甲 | 乙 |\n| --- | --- |\n| 1 |\n\n完。'), context)).toThrow(/a table row of 1 cells under a header of 2/);
  });
});

describe('toLetterRecord ids and dates', () => {
  it('names a letter without symbols by its date, sender code and text, and front matter letterDate wins', () => {
    const id = toLetterRecord(minimal('正文。'), context).id;
    expect(id).toMatch(/^letter-2021-05-15-aze-[0-9a-f]{8}$/);
    // Stable across rebuilds and seed names; another text on the same date is another letter.
    expect(toLetterRecord(minimal('正文。'), { path: 'other-name.md' }).id).toBe(id);
    expect(toLetterRecord(minimal('另一封信的正文。'), context).id).not.toBe(id);
    const overridden = toLetterRecord(minimal('正文。', 'letterDate: 2021-05-16'), context);
    expect(overridden.letterDate).toBe('2021-05-16');
    expect(overridden.id).toMatch(/^letter-2021-05-16-aze-[0-9a-f]{8}$/);
  });

  it('leaves the code out of the id of a letter from a UN official', () => {
    const record = toLetterRecord('# 2021 年 5 月 15 日秘书长给安全理事会主席的信\n\n正文。\n\n<!-- signature -->\n安东尼奥·古特雷斯\n', context);
    expect(record.sender).toEqual({ text: '秘书长', state: null, code: null, role: 'secretary-general' });
    expect(record.id).toMatch(/^letter-2021-05-15-[0-9a-f]{8}$/);
  });

  it('names an unnumbered annex `annex`', () => {
    const record = toLetterRecord(minimal('正文。\n\n## 信的附件\n\n附件正文。\n\n## 信的附件一\n\n一的正文。'), context);
    expect(record.annexes.map((annex) => [annex.id, annex.label])).toEqual([
      ['annex', '附件'],
      ['annex-1', '附件一'],
    ]);
  });

  it('keeps annex ids unique when a label is printed twice', () => {
    const record = toLetterRecord(minimal('正文。\n\n## 信的附件一\n\n一。\n\n## 信的附件一\n\n又一。'), context);
    expect(record.annexes.map((annex) => annex.id)).toEqual(['annex-1', 'annex-1-2']);
    expect(record.annexes[1]?.blocks[0]?.id).toBe('annex-1-2-b1');
  });

  it('gives a footnote the heading block marks (front matter `headMarks`) its place, not a mark in the text', () => {
    const record = toLetterRecord(minimal('正文。[^1]\n\n[^*]: A/79/150。\n\n[^1]: 注。', 'symbols: [A/79/208]\nheadMarks: [{ on: agenda, marker: "*" }]'), context);
    expect(record.footnotes.map(({ marker, on, text }) => ({ marker, on, text }))).toEqual([
      { marker: '*', on: 'agenda', text: 'A/79/150。' },
      { marker: '1', on: undefined, text: '注。' },
    ]);
    expect(record.citations.map((citation) => citation.symbol)).toEqual(['A/79/150']);
  });
});

describe('toLetterRecord refuses bad letters with located messages', () => {
  it('no title', () => {
    const message = refusal('---\nsymbols: []\n---\n\n正文。\n');
    expect(message.reason).toMatch(/title/);
    expect(message.file).toBe('bad.md');
    expect(message.line).toBeGreaterThanOrEqual(1);
  });

  it('a footnote no text and no heading block marks, and a heading-block mark with no footnote', () => {
    expect(refusal(minimal('正文。\n\n[^*]: 因技术原因重新印发。')).reason).toMatch(/footnote `\*` is never marked in the text/);
    expect(refusal(minimal('正文。', 'headMarks: [{ on: symbols, marker: "*" }]')).reason).toMatch(/the symbols carry the footnote mark `\*`, but no footnote `\*` follows/);
  });

  it('no title at all, only a heading of another level', () => {
    expect(refusal('## 附件\n\n正文。\n').reason).toMatch(/title/);
  });

  it('a title with no date', () => {
    const message = refusal('\n# 阿塞拜疆常驻联合国代表给秘书长的信\n\n正文。\n');
    expect(message.reason).toMatch(/no date/);
    expect(message.line).toBe(2);
  });

  it('a title with two different dates', () => {
    const message = refusal('# 2021 年 5 月 15 日和 2021 年 5 月 16 日的信\n\n正文。\n');
    expect(message.reason).toMatch(/two different dates/);
    expect(message.line).toBe(1);
  });

  it('a date that is not in the calendar', () => {
    expect(refusal('# 2021 年 2 月 30 日的信\n\n正文。\n').reason).toMatch(/not a calendar date/);
  });

  it('two titles, naming both lines', () => {
    const message = refusal(minimal('正文。\n\n# 2021 年 5 月 16 日的信'));
    expect(message.reason).toMatch(/second .* title.*line 1/);
    expect(message.line).toBe(9);
  });

  it('maps markdown lines to seed lines through lineMap', () => {
    const message = refusal('# 没有日期的信\n\n正文。\n', [40, 41, 42]);
    expect(message.line).toBe(40);
  });

  it('an unknown front-matter key, at its line', () => {
    const message = refusal(minimal('正文。', 'symbols: []\nsymbol: [S/1]'));
    expect(message.reason).toMatch(/front matter/);
    expect(message.line).toBe(3);
  });

  it('a bad front-matter value, at its line', () => {
    const message = refusal(minimal('正文。', 'symbols: []\ndistributionDate: 2021-02-30'));
    expect(message.reason).toMatch(/distributionDate/);
    expect(message.line).toBe(3);
  });

  it('front matter that is not YAML', () => {
    expect(refusal(minimal('正文。', 'symbols: [unclosed')).reason).toMatch(/YAML/);
    expect(refusal(minimal('正文。', 'symbols: *undefined')).reason).toMatch(/YAML.*alias/);
    expect(refusal(minimal('正文。', 'a: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]')).reason).toMatch(/YAML/);
  });

  it('a record the schema refuses, at the line of the part that fails', () => {
    // Symbols with nothing to slug give no id.
    const message = refusal(minimal('正文。', 'symbols: [文号]'));
    expect(message.reason).toMatch(/record `id`.*slug/);
    expect(message.line).toBe(5);
  });

  it('a footnote never marked (a mark without a footnote stays literal text)', () => {
    expect(toLetterRecord(minimal('正文[^1]。'), context).body[1]?.text).toBe('正文[^1]。');
    expect(refusal(minimal('正文。\n\n[^1]: 脚注。')).reason).toMatch(/never marked/);
  });

  it('a footnote defined twice', () => {
    expect(refusal(minimal('正文[^1]。\n\n[^1]: 一。\n\n[^1]: 二。')).reason).toMatch(/defined twice/);
  });

  it('Markdown constructs that would lose text: lists, images, link targets', () => {
    expect(refusal(minimal('1. 列表')).reason).toMatch(/list/);
    expect(refusal(minimal('图 ![说明](x.png)')).reason).toMatch(/image/);
    expect(refusal(minimal('见[这里](https://example.org/)。')).reason).toMatch(/link target/);
  });

  it('an unknown kind comment, an annex without 附件, a letter without body', () => {
    expect(refusal(minimal('<!-- greeting -->\n阁下：')).reason).toMatch(/unknown block kind/);
    expect(refusal(minimal('正文。\n\n## 其他\n\n文。')).reason).toMatch(/附件/);
    expect(refusal('# 2021 年 5 月 15 日阿塞拜疆常驻联合国代表给秘书长的信\n').reason).toMatch(/must be signed/);
  });

  it('a letter cut off: unsigned, or stopping mid-sentence', () => {
    const unsigned = refusal('# 2021 年 5 月 15 日阿塞拜疆常驻联合国代表给秘书长的信\n\n第一段。\n\n第二段。\n');
    expect(unsigned.reason).toMatch(/must be signed/);
    expect(unsigned.line).toBe(5);
    const cut = refusal(minimal('完整的一段。\n\n## 信的附件\n\n附件写到一半，'));
    expect(cut.reason).toMatch(/mid-sentence/);
    expect(cut.line).toBe(11);
  });

  it('a title that is a sentence (the title line is missing)', () => {
    expect(refusal('# 2020 年 11 月 10 日签署了声明。\n\n正文。\n').reason).toMatch(/title is a sentence/);
  });
});

/**
 * Lists printed one item per line: found among wrapped lines (findListItems),
 * kept as items with their bullets, carried through canonical Markdown, and
 * never taken for a wrapped paragraph, a heading or a signature.
 */
import { readFileSync } from 'node:fs';
import type { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { findListItems, type ListCandidateLine } from '../../src/ingest/findListItems.ts';
import { ingestLetter } from '../../src/ingest/ingestLetter.ts';
import { toCanonicalMarkdown } from '../../src/ingest/toCanonicalMarkdown.ts';

const layout = (name: string) => readFileSync(new URL(`./fixtures/layouts/${name}`, import.meta.url), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);
/** Lines as a PDF text layer prints them: `indent` leading spaces, no extra gaps. */
const lines = (...texts: string[]): ListCandidateLine[] =>
  texts.map((text) => ({ text: text.trimStart(), indent: text.length - text.trimStart().length, gapBefore: 0 }));
const column = 80;

describe('findListItems', () => {
  it('finds the items after a lead-in ending `：`, up to the next paragraph', () => {
    const found = findListItems(lines(' 以下国家赞同本声明：', '阿尔巴尼亚', '安道尔', '波斯尼亚和黑塞哥维那', ' 我们重申致力于确保妇女和女童充分、平等和切实地参与和平进程的各个阶段，包括'), column);
    expect([...found]).toEqual([1, 2, 3]);
  });

  it('takes `；`-ended items and a last item ending `。`, but not a sentence after unpunctuated items', () => {
    expect([...findListItems(lines('下列国家：', '阿富汗；', '加蓬；', '利比亚。'), column)]).toEqual([1, 2, 3]);
    expect([...findListItems(lines('下列国家：', '阿富汗', '加蓬', '谨此通知。'), column)]).toEqual([1, 2]);
  });

  it('takes a list numbered 1, 2, 3… from its first item, and ends it at a number out of that order', () => {
    expect([...findListItems(lines('如下：', '     1. 甲的信', '     2. 乙的信', ' 3. 下一段'), column)]).toEqual([1, 2]);
    expect(findListItems(lines('如下：', '     2. 甲的信', '     3. 乙的信'), column).size).toBe(0);
  });

  it('takes the clauses of a series, each ending `；` and the last `。`, commas inside them and all', () => {
    const series = lines('下列措施：', '     实行宵禁，每日 18 时至次日 6 时；', '     加强管控，防止武器流入；', '     设立临时收容中心。');
    expect([...findListItems(series, column)]).toEqual([1, 2, 3]);
    expect(findListItems(lines('下列措施：', '     实行宵禁，每日 18 时至次日 6 时。', '     加强管控，防止武器流入。'), column).size).toBe(0);
    // A clause of a series may fill the line; a phrase that does is a paragraph's line.
    const full = `在太子港都会区实行为期一个月的宵禁，每日 18 时至次日 6 时${'，'.repeat(4)}`;
    expect([...findListItems(lines('下列措施：', `     ${full}；`, '     设立临时收容中心。'), column)]).toEqual([1, 2]);
    expect(findListItems(lines('下列国家：', `${'阿'.repeat(36)}`, '加蓬'), column).size).toBe(0);
  });

  it('leaves one short line after a lead-in alone: it may be the heading of what follows', () => {
    expect(findListItems(lines('谨转递以下声明：', '关于外空安全的联合声明', ' 我们重申……'), column).size).toBe(0);
  });

  it('does not split a paragraph wrapped in a narrow column: its lines are all of one width and run on', () => {
    const narrow = lines('我们与会者就以下几点表示声援：', '《世界人权宣言》', '《公民及政治权利', '国际公约》和其他', '重要国际公约所载的返回权是国际法的基本准则之一，');
    expect(findListItems(narrow, column).size).toBe(0);
  });

  it('takes no piece of a sentence, no numbered paragraph, quotation, salutation or signature for an item', () => {
    for (const second of ['、《公民及政治权', '2. 第二段', '(b) 分项', '一、背景', '“引文', '主席先生：', '鲍勃·雷（签名）', '2024 年 1 月 10 日，加拉加斯']) {
      expect(findListItems(lines('下列国家：', '阿富汗', second), column).size, second).toBe(0);
    }
  });

  it('takes no full-width line, and no line at another indent unless a page break shifted it', () => {
    const full = '一'.repeat(36);
    expect(findListItems(lines('下列国家：', '阿富汗', full), column).size).toBe(0);
    expect(findListItems(lines('下列国家：', '阿富汗', '  加蓬'), column).size).toBe(0);
    const shifted = lines('下列国家：', '阿富汗', ' 加蓬');
    shifted[2]!.pageStart = true;
    expect([...findListItems(shifted, column)]).toEqual([1, 2]);
  });
});

describe('list items in records', () => {
  it('keep a printed bullet apart from the text, and read the same from canonical Markdown', () => {
    const path = 'body-bulleted-list.txt';
    const record = ingestLetter(path, utf8(layout(path)));
    const items = record.body.filter((block) => block.kind === 'item');
    expect(items.map((item) => [item.bullet, item.text.slice(0, 4)])).toEqual([
      ['•', '科摩罗：'],
      ['•', '圣多美和'],
      ['•', '索马里：'],
    ]);
    const { markdown } = toCanonicalMarkdown({ path, text: layout(path) });
    expect(markdown).toContain('\n- •  科摩罗：');
    const again = ingestLetter('body-bulleted-list.md', utf8(markdown));
    expect(again.body).toEqual(record.body);
    expect(again.annexes).toEqual(record.annexes);
  });

  it('keep a numbered list’s numbers apart, so that the numbered paragraphs around it keep theirs and their ids', () => {
    const path = 'numbered-list-in-numbered-letter.txt';
    const record = ingestLetter(path, utf8(layout(path)));
    expect(record.body.filter((block) => block.kind === 'item').map((item) => [item.id, item.bullet])).toEqual([
      ['body-b3', '1.'],
      ['body-b4', '2.'],
      ['body-b5', '3.'],
      ['body-b6', '4.'],
    ]);
    expect(record.body.filter((block) => block.number !== undefined).map((block) => block.id)).toEqual(['body-p1', 'body-p2', 'body-p3', 'body-p4', 'body-p5']);
    const { markdown } = toCanonicalMarkdown({ path, text: layout(path) });
    expect(ingestLetter('numbered-list.md', utf8(markdown)).body).toEqual(record.body);
  });

  it('are not a signature when a list of states ends an annex', () => {
    const path = 'annex-state-list-ending-annex.txt';
    const record = ingestLetter(path, utf8(layout(path)));
    const annex = record.annexes[0]!;
    expect(annex.blocks.some((block) => block.kind === 'signature')).toBe(false);
    expect(annex.blocks.filter((block) => block.kind === 'item')).toHaveLength(40);
    expect(record.signatory?.name).toBe('鲍勃·雷');
  });

  it('are refused by line when canonical Markdown nests or numbers them', () => {
    const canonical = (body: string) => utf8(`---\nsymbols: []\n---\n\n# 2024 年 4 月 15 日新西兰常驻联合国代表团给秘书长的普通照会\n\n下列国家：\n\n${body}\n\n顺致敬意。\n`);
    const refusal = (path: string, body: string) => {
      try {
        ingestLetter(path, canonical(body));
      } catch (error) {
        const { file, line, reason } = error as VFileMessage;
        return `${file}:${line}: ${reason}`;
      }
      return 'ingested';
    };
    expect(refusal('nested.md', '- 澳大利亚\n  - 斐济')).toMatch(/^nested\.md:9: a list item holds one line of text/);
    expect(refusal('ordered.md', '1. 澳大利亚\n2. 斐济')).toMatch(/^ordered\.md:9: an ordered list/);
  });
});

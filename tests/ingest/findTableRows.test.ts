/**
 * Tables printed in aligned columns: found among the text lines (findTableRows),
 * read as one table block per table, carried through canonical Markdown as a GFM
 * table; a row that cannot be read whole is refused at its line, and so is a
 * Markdown-flavour pipe table.
 */
import { readFileSync } from 'node:fs';
import type { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { findTableRows, tableCells } from '../../src/ingest/findTableRows.ts';
import { ingestLetter } from '../../src/ingest/ingestLetter.ts';
import { toCanonicalMarkdown } from '../../src/ingest/toCanonicalMarkdown.ts';
import { seedText } from './seedText.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const lines = (...texts: string[]) => texts.map((text) => ({ text, gapBefore: 0, pageStart: false }));
const path = 'annex-table-columns.txt';
const fixture = readFileSync(new URL(`./fixtures/layouts/${path}`, import.meta.url), 'utf8');

/** `file:line: [rule] reason` of the refusal, or `ingested`. */
function refusal(file: string, text: string): string {
  try {
    ingestLetter(file, utf8(text));
  } catch (error) {
    const { line, reason, ruleId } = error as VFileMessage;
    return `${file}:${line}: [${ruleId}] ${reason}`;
  }
  return 'ingested';
}

describe('findTableRows', () => {
  it('finds runs of two or more lines with cells apart by three spaces or more', () => {
    const rows = findTableRows(lines(' 表 1', '日期                   地点', '2023 年 12 月 12 日       比纳特朱拜勒', '2023 年 12 月 14 日       海亚姆', ' 黎巴嫩政府再次呼吁'));
    expect([...rows]).toEqual([[1, 1], [2, 1], [3, 1]]);
    expect(tableCells('2023 年 12 月 12 日       比纳特朱拜勒 ')).toEqual(['2023 年 12 月 12 日', '比纳特朱拜勒']);
  });

  it('takes no indent, no two-space gap and no single gapped line for a table, and parts two tables at a paragraph gap', () => {
    expect(findTableRows(lines('           常驻代表', '           大使', '第六十一届会议  第六十二年', '第一行  第二行')).size).toBe(0);
    expect(findTableRows(lines('段落文字', '2024 年 1 月 10 日     加拉加斯', '段落文字')).size).toBe(0);
    const parted = [...lines('甲   乙', '1   2'), { text: '丙   丁', gapBefore: 2, pageStart: false }, ...lines('3   4')];
    expect([...findTableRows(parted).values()]).toEqual([0, 0, 2, 2]);
  });

  it('runs a table on over a page break, and starts its next block where the next page prints the header again', () => {
    const broken = [...lines('日期   地点', '1 日   甲'), { text: '2 日   乙', gapBefore: 3, pageStart: true }, ...lines('3 日   丙')];
    expect([...findTableRows(broken).values()]).toEqual([0, 0, 0, 0]);
    const repeated = [...lines('日期   地点', '1 日   甲'), { text: '日期   地点', gapBefore: 3, pageStart: true }, ...lines('3 日   丙')];
    expect([...findTableRows(repeated).values()]).toEqual([0, 0, 2, 2]);
  });
});

describe('a letter with tables', () => {
  it('reads the same from its canonical Markdown, where each table is a GFM table', () => {
    const record = ingestLetter(path, utf8(fixture));
    const { markdown } = toCanonicalMarkdown({ path, text: fixture });
    expect(markdown).toContain('\n| 日期 | 地点 |\n| --- | --- |\n| 2023 年 12 月 12 日 | 比纳特朱拜勒 |\n');
    const again = ingestLetter('annex-table-columns.md', utf8(markdown));
    expect(again.annexes).toEqual(record.annexes);
  });

  const lineOf = (text: string, piece: string) => text.split('\n').findIndex((line) => line.includes(piece)) + 1;

  it('is refused at a cell wrapped onto a second line, in any row, the line named', () => {
    for (const row of ['2023 年 12 月 14 日       海亚姆', '2023 年 12 月 15 日       鲁迈什']) {
      const wrapped = fixture.replace(row, `${row}\n\n                          （南部）`);
      expect(refusal(path, wrapped)).toBe(`${path}:${lineOf(wrapped, '（南部）')}: [table] a table row that cannot be read (\`（南部）\`): a table of one row, or a cell wrapped onto a second line, is not read yet`);
    }
  });

  it('is refused at a row with more or fewer cells than its header, and at a table of one row', () => {
    const wider = fixture.replace('2023 年 12 月 14 日       海亚姆', '2023 年 12 月 14 日       海亚姆       南部');
    expect(refusal(path, wider)).toBe(`${path}:${lineOf(wider, '海亚姆')}: [table] a table row of 3 cells under a header of 2 (\`2023 年 12 月 14 日 │ 海亚姆 │ 南部\`): a cell wrapped onto a second line or left empty, a header printed on two lines, or columns closer than three spaces, is not read yet`);
    const single = fixture.replace(/日期 {10,}地点 *\n[\s\S]*?鲁迈什/, '日期                   地点');
    expect(refusal(path, single)).toMatch(new RegExp(`^${path}:${lineOf(single, '日期                   地点')}: \\[table\\] a table row that cannot be read \\(\`日期 │ 地点\`\\)`));
  });

  it('is refused in the Markdown flavour at the pipe table’s header row, with or without outer pipes', () => {
    for (const table of ['| 日期 | 地点 |\n| --- | --- |\n| 2023 年 | 舒沙 |', '日期 | 伤亡\n--- | ---:\n2023 年 | 3']) {
      const text = seedText('003').replace('然而，亚美尼亚并未落实', `${table}\n\n然而，亚美尼亚并未落实`);
      const header = text.split('\n').indexOf(table.split('\n')[0]!) + 1;
      expect(refusal('003.txt', text)).toMatch(new RegExp(`^003\\.txt:${header}: \\[table\\] a table`));
    }
  });
});

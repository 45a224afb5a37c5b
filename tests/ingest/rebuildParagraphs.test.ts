import { describe, expect, it } from 'vitest';
import { rebuildParagraphs, type RawBlock } from '../../src/ingest/rebuildParagraphs.ts';
import type { TextLine } from '../../src/ingest/draft.ts';
import { findTableRows } from '../../src/ingest/findTableRows.ts';
import { stripPageFurniture } from '../../src/ingest/stripPageFurniture.ts';
import { seedText, sourceLines } from './seedText.ts';

const rebuild = (lines: TextLine[]): RawBlock[] => rebuildParagraphs(lines, 74, findTableRows(lines));
const blocksOf = (prefix: string): RawBlock[] => rebuild(stripPageFurniture(sourceLines(seedText(prefix))).text);
const starting = (blocks: RawBlock[], line: number) => blocks.find((block) => block.lines[0]?.line === line);
const holding = (blocks: RawBlock[], line: number) => blocks.find((block) => block.lines.some((candidate) => candidate.line === line));

describe('rebuildParagraphs', () => {
  it('continues a paragraph over a page break when the line before did not end a sentence (001: 合法性)', () => {
    const blocks = blocksOf('001');
    expect(holding(blocks, 76)).toBe(starting(blocks, 73));
    expect(starting(blocks, 73)?.lines.map((line) => line.line)).toEqual([73, 75, 76, 78]);
  });

  it('starts a paragraph at an indent, and after a page break at a double indent (000: 6.)', () => {
    const blocks = blocksOf('000');
    expect(starting(blocks, 104)?.indent).toBe(1);
    expect(starting(blocks, 103)?.lines).toHaveLength(1);
    expect(starting(blocks, 20)?.lines.map((line) => line.line)).toEqual([20, 22, 24, 26, 28]);
  });

  it('ends a paragraph at a short line that ends a sentence, so an unindented heading stands alone (000: 谴责：)', () => {
    const blocks = blocksOf('000');
    expect(starting(blocks, 239)?.lines.map((line) => line.line)).toEqual([239]);
    expect(starting(blocks, 241)).toBeDefined();
  });

  it('keeps annex headings, datelines and signature ends on their own', () => {
    const blocks = blocksOf('001');
    expect(starting(blocks, 108)?.lines).toHaveLength(1);
    expect(starting(blocks, 173)?.lines).toHaveLength(1);
    expect(starting(blocks, 102)?.lines.map((line) => line.line)).toEqual([102, 104, 106]);
  });

  it('starts a numbered section (`二、`) after a full line that ends a sentence', () => {
    const full = ' 当前，外空武器化和外空军备竞赛的风险不断上升，个别国家将外空界定为“作战疆';
    const text = `${full}\n\n域”，组建外空军事力量，严重威胁外空的长期和平与安全，损害全球战略稳定。\n\n二、中方的基本立场\n\n 中方始终主张和平利用外空。\n`;
    const blocks = rebuild(stripPageFurniture(sourceLines(text)).text);
    expect(blocks.map((block) => block.lines[0]?.text.trim())).toEqual([full.trim(), '二、中方的基本立场', '中方始终主张和平利用外空。']);
  });

  it('runs a quotation indented on every line on while its lines fill the column, and keeps short indented lines apart', () => {
    const quote = [
      '     请安全理事会根据《联合国宪章》第二十四条第三项，在大会依照本决议第',
      '     1 段举行辩论之前至少 72 小时，就所涉否决权的使用提交一份特别报告，',
      '     供大会审议。',
    ];
    const text = [' 大会第 76/262 号决议第 3 段规定：', ...quote, '     阿塞拜疆', '     亚美尼亚', ' 为此，谨随函转递发言记录。'].join('\n\n');
    const blocks = rebuild(stripPageFurniture(sourceLines(text)).text);
    expect(blocks.map((block) => block.lines.length)).toEqual([1, 3, 1, 1, 1]);
    // A centred heading's pieces at one indent stay apart, for joinWrappedHeadings to join.
    const heading = ['            驻联合国代表团给安全理事会关于苏丹的第1591(2005)号决议所设委员会主席的普', '            通照会的附件一'].join('\n\n');
    expect(rebuild(stripPageFurniture(sourceLines(heading)).text).map((block) => block.lines.length)).toEqual([1, 1]);
  });

  it('keeps a salutation printed flush left right under a centred title on its own', () => {
    const text = '                  乌克兰外交部长给联合国各会员国外交部长的信\n\n阁下：\n\n 谨提请你注意以下情况。\n';
    const blocks = rebuild(stripPageFurniture(sourceLines(text)).text);
    expect(blocks.map((block) => block.lines.map((line) => line.text.trim()))).toEqual([['乌克兰外交部长给联合国各会员国外交部长的信'], ['阁下：'], ['谨提请你注意以下情况。']]);
  });
});

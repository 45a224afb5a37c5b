/**
 * Tables are not read yet: a letter printing one, in aligned columns or as a
 * Markdown pipe table, is refused at its first row, never published with its
 * rows glued into paragraphs or read as datelines.
 */
import { readFileSync } from 'node:fs';
import type { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { findColumnTable } from '../../src/ingest/findColumnTable.ts';
import { ingestLetter } from '../../src/ingest/ingestLetter.ts';
import { seedText } from './seedText.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const lines = (...texts: string[]) => texts.map((text, index) => ({ line: index + 1, text }));

/** `file:line: reason` of the refusal, or `ingested`. */
function refusal(path: string, text: string): string {
  try {
    ingestLetter(path, utf8(text));
  } catch (error) {
    const { file, line, reason, ruleId } = error as VFileMessage;
    return `${file}:${line}: [${ruleId}] ${reason}`;
  }
  return 'ingested';
}

describe('findColumnTable', () => {
  it('finds two rows in a row with cells apart by three spaces or more', () => {
    const table = lines(' 表 1', '', '日期                   地点', '', '2023 年 12 月 12 日       比纳特朱拜勒', '');
    expect(findColumnTable(table)?.line).toBe(3);
  });

  it('takes no indent, no two-space gap and no single gapped line for a table', () => {
    expect(findColumnTable(lines('           常驻代表', '           大使', '第六十一届会议  第六十二年', '第一行  第二行'))).toBeUndefined();
    expect(findColumnTable(lines('段落文字', '2024 年 1 月 10 日     加拉加斯', '段落文字'))).toBeUndefined();
  });
});

describe('a letter with a table', () => {
  it('is refused at the table’s first row, the row named', () => {
    const path = 'annex-table-columns.txt';
    const text = readFileSync(new URL(`./fixtures/refused/${path}`, import.meta.url), 'utf8');
    expect(refusal(path, text)).toBe(`${path}:57: [table] a table printed in aligned columns (\`日期 │ 时间 │ 地点 │ 侵犯情况\`): tables are not read yet, and its rows would be glued into paragraphs`);
  });

  it('is refused in the Markdown flavour at the pipe table’s header row', () => {
    const text = seedText('003').replace('然而，亚美尼亚并未落实', '| 日期 | 地点 |\n| --- | --- |\n| 2023 年 | 舒沙 |\n\n然而，亚美尼亚并未落实');
    const header = text.split('\n').indexOf('| 日期 | 地点 |') + 1;
    expect(refusal('003.txt', text)).toMatch(new RegExp(`^003\\.txt:${header}: \\[table\\] a table`));
  });
});

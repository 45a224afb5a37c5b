import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestLetter } from '../../src/ingest/ingestLetter.ts';
import type { TextLine } from '../../src/ingest/draft.ts';
import { splitFootnotes } from '../../src/ingest/splitFootnotes.ts';
import { stripPageFurniture } from '../../src/ingest/stripPageFurniture.ts';
import { seedText, sourceLines } from './seedText.ts';


describe('splitFootnotes', () => {
  it('reads 002’s 53 footnotes in order, wrapped lines joined, `12 页` not taken for footnote 12', () => {
    const pages = stripPageFurniture(sourceLines(seedText('002')));
    const { footnotes } = splitFootnotes(pages.text, pages.notes, pages.urls);
    expect(footnotes.map((note) => note.label)).toEqual(Array.from({ length: 53 }, (_, index) => String(index + 1)));
    expect(footnotes[14]?.body.text).toBe('人权观察/赫尔辛基，Azerbaijan: Seven Years of Conflict in Nagorno-Karabakh(1994 年 12 月)，第12 页。');
    expect(footnotes[0]?.line).toBe(45);
    expect(footnotes[0]?.body.origins.map((origin) => origin.line)).toEqual([45, 47, 49, 51]);
  });

  it('takes 001’s `*` lines as two marks and, after a wide gap, the footnote', () => {
    const pages = stripPageFurniture(sourceLines(seedText('001')));
    const { text, footnotes } = splitFootnotes(pages.text, pages.notes, pages.urls);
    expect(footnotes.map((note) => [note.label, note.line, note.body.text])).toEqual([['*', 220, '克罗地亚和前南斯拉夫的马其顿共和国继续作为稳定与结盟进程国。']]);
    const marked = text.filter((line) => line.marksAfter);
    expect(marked.map((line) => [line.line, line.marksAfter])).toEqual([
      [203, ['*']],
      [205, ['*']],
    ]);
    expect(text.find((line) => line.line === 208)?.continuesPrevious).toBe(true);
    expect(text.some((line) => line.text.trim() === '*')).toBe(false);
  });

  it('labels a marker used again for another footnote `*-2`', () => {
    const line = (at: number, body: string, gapBefore: number): TextLine => ({ line: at, text: body, indent: body.length - body.trimStart().length, gapBefore, pageStart: false });
    const { footnotes, text } = splitFootnotes(
      [line(1, '甲', 0), line(2, '*', 0), line(3, '乙。', 0), line(6, '*', 3), line(7, '注一。', 0), line(9, ' 丙', 2), line(10, '*', 0), line(11, '丁。', 0), line(14, '*', 3), line(15, '注二。', 0)],
      [],
      [],
    );
    expect(footnotes.map((note) => [note.label, note.body.text])).toEqual([
      ['*', '注一。'],
      ['*-2', '注二。'],
    ]);
    expect(text.filter((candidate) => candidate.marksAfter).map((candidate) => candidate.marksAfter)).toEqual([['*'], ['*-2']]);
  });
});

describe('splitFootnotes on a continuation that starts with a number', () => {
  it('keeps a flush-left `2 月…` line in footnote 1 even though 2 is the next number', () => {
    const line = (at: number, body: string): TextLine => ({ line: at, text: body, indent: body.length - body.trimStart().length, gapBefore: 1, pageStart: false });
    const { footnotes } = splitFootnotes([], [[line(1, ' 1 见 S/2020/90，附件(2020 年'), line(3, '2 月 7 日)。'), line(5, ' 2 见 S/23904。')]], []);
    expect(footnotes.map((note) => [note.label, note.body.text])).toEqual([
      ['1', '见 S/2020/90，附件(2020 年2 月 7 日)。'],
      ['2', '见 S/23904。'],
    ]);
  });
});

describe('footnotes numbered anew in an annex', () => {
  const path = 'annex-footnotes-numbered-anew.txt';
  const record = ingestLetter(path, new TextEncoder().encode(readFileSync(new URL(`./fixtures/layouts/${path}`, import.meta.url), 'utf8')));

  it('keeps the annex’s footnote 1 apart from the body’s, labelled `1-2`, and marks each where it is printed', () => {
    expect(record.footnotes.map((note) => [note.id, note.marker, note.text.slice(0, 12)])).toEqual([
      ['fn-1', '1', '见国际原子能机构理事会文'],
      ['fn-1-2', '1', '见国际原子能机构，《乌克'],
      ['fn-2', '2', '国际原子能机构大会 GC'],
    ]);
    const marked = [...record.body, ...record.annexes.flatMap((annex) => annex.blocks)].flatMap((block) => (block.footnotes ?? []).map((ref) => [block.id, ref.id]));
    expect(marked).toEqual([
      ['body-b2', 'fn-1'],
      ['annex-b2', 'fn-1-2'],
      ['annex-b3', 'fn-2'],
    ]);
  });
});

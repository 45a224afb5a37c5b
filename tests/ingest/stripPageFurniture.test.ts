import { describe, expect, it } from 'vitest';
import { stripPageFurniture } from '../../src/ingest/stripPageFurniture.ts';
import { seedText, sourceLines } from './seedText.ts';


describe('stripPageFurniture', () => {
  const pages = stripPageFurniture(sourceLines(seedText('002')));
  const text = (line: number) => pages.text.find((candidate) => candidate.line === line);

  it('names every furniture line of 002 and keeps its text', () => {
    const kinds = new Map<string, number>();
    for (const entry of pages.furniture) kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({ 'footnote-rule': 13, 'running-header': 2, 'job-number': 1, 'link-list': 88 });
    expect(pages.symbols).toEqual(['A/75/709', 'S/2021/39']);
    expect(pages.urls).toContain('http://www.president.am/en/interviews-and-press-conferences/item/2014/08/11/President-Serzh-Sargsyan-interview-Armnews-Sochi/');
  });

  it('sets footnote lines apart, one list per page foot', () => {
    expect(pages.notes).toHaveLength(13);
    expect(pages.notes[0]?.map((line) => line.line)).toEqual([45, 47, 49, 51]);
    expect(pages.notes.at(-1)?.map((line) => line.line)).toEqual([1052, 1054]);
    expect(pages.text.some((line) => /^\s*(https?:|_{5})/.test(line.text))).toBe(false);
  });

  it('marks the first text line after a page break, whatever broke the page', () => {
    expect(text(65)?.pageStart).toBe(true); // after the running header
    expect(text(143)?.pageStart).toBe(true); // after footnotes and link list
    expect(text(1002)?.pageStart).toBe(true); // after footnotes, no furniture
    expect(text(67)?.pageStart).toBe(false);
    expect(text(67)?.gapBefore).toBe(1);
    expect(text(19)?.indent).toBe(1);
  });

  it('treats a lone page number as furniture only next to other furniture', () => {
    const stripped = stripPageFurniture(sourceLines('07-37523\n\n5\n\n 正文。\n\n5\n'));
    expect(stripped.furniture.map((entry) => entry.kind)).toEqual(['job-number', 'page-number']);
    expect(stripped.text.map((line) => line.text.trim())).toEqual(['正文。', '5']);
  });
});

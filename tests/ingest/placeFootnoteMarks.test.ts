import { describe, expect, it } from 'vitest';
import type { DraftBlock, DraftFootnote } from '../../src/ingest/draft.ts';
import { placeFootnoteMarks } from '../../src/ingest/placeFootnoteMarks.ts';

const paragraph = (text: string, line: number): DraftBlock => ({ kind: 'paragraph', parts: [{ text, origins: [{ offset: 0, line }], marks: [] }] });
const footnote = (label: string, line: number): DraftFootnote => ({ label, line, body: { text: '注。', origins: [{ offset: 0, line }], marks: [] } });
const marksOf = (blocks: DraftBlock[]) => blocks.flatMap((block) => block.parts.flatMap((part) => part.marks.map((mark) => [part.text.slice(mark.offset - 1, mark.offset + mark.length), mark.label])));

describe('placeFootnoteMarks', () => {
  it('passes over quantities and ordinals to the real mark', () => {
    const source = [paragraph('另有 1 000 人受伤，第 1 段，1 月，违反《宪法》，1 通过了决定。2', 1)];
    const blocks = placeFootnoteMarks('x.txt', source, [footnote('1', 5), footnote('2', 7)]);
    expect(marksOf(source)).toEqual([]);
    expect(marksOf(blocks)).toEqual([
      ['，1', '1'],
      ['。2', '2'],
    ]);
  });

  it('takes marks in order, each after the one before', () => {
    const blocks = placeFootnoteMarks('x.txt', [paragraph('甲。2 乙。1 丙。2', 1)], [footnote('1', 9), footnote('2', 9)]);
    expect(blocks[0]?.parts[0]?.marks.map((mark) => mark.offset)).toEqual([6, 10]);
  });

  it('looks for a mark only above its footnote, and refuses an unmarked footnote at its line', () => {
    const blocks = [paragraph('甲', 1), paragraph('乙。1', 20)];
    expect(() => placeFootnoteMarks('x.txt', blocks, [footnote('1', 10)])).toThrow(/footnote 1 is not marked/);
    try {
      placeFootnoteMarks('x.txt', [paragraph('甲', 1)], [footnote('1', 10)]);
    } catch (error) {
      expect((error as { line: number }).line).toBe(10);
    }
  });
});

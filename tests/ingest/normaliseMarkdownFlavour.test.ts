import { describe, expect, it } from 'vitest';
import { normaliseMarkdownFlavour } from '../../src/ingest/normaliseMarkdownFlavour.ts';
import { seedText, sourceLines } from './seedText.ts';

describe('normaliseMarkdownFlavour', () => {
  const letter = normaliseMarkdownFlavour('seeds/003.txt', '003.txt', sourceLines(seedText('003')));

  it('reads the masthead above the `## ` title and states no symbols', () => {
    expect(letter.symbols).toEqual([]);
    expect(letter.session).toEqual({ generalAssembly: 75, securityCouncilYear: 76 });
    expect(letter.furniture.map((entry) => entry.line)).toEqual([3, 4, 5, 7, 9, 11, 13, 14, 16, 18, 20, 21, 23]);
  });

  it('reads one block per line, the hard-broken annex heading and its title apart', () => {
    expect(letter.blocks.map((block) => block.kind)).toEqual([
      'title',
      ...Array<string>(13).fill('paragraph'),
      'signature',
      'annex',
      'heading',
      'dateline',
      ...Array<string>(6).fill('paragraph'),
    ]);
    expect(letter.blocks[0]?.parts[0]?.origins).toEqual([{ offset: 0, line: 25 }]);
  });

  it('reads the `<sup>1</sup>` mark where it is printed, and its footnote', () => {
    const marked = letter.blocks.filter((block) => block.parts.some((part) => part.marks.length > 0));
    expect(marked).toHaveLength(1);
    const part = marked[0]?.parts[0];
    expect(part?.text.slice((part.marks[0]?.offset ?? 0) - 4, part.marks[0]?.offset)).toBe('的规则。');
    expect(letter.footnotes.map((note) => [note.label, note.line, note.body.text])).toEqual([['1', 31, '例如，见 A/74/450-S/2019/762 和 A/74/961-S/2020/729。']]);
  });
});

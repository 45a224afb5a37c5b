import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { decodeSeed } from '../../src/ingest/decodeSeed.ts';
import { toCanonicalMarkdown } from '../../src/ingest/toCanonicalMarkdown.ts';
import { canonicalChars, countDifferences, seedChars } from './conservation.ts';
import { readCanonical } from './readCanonical.ts';
import { seedText } from './seedText.ts';

/** Seed lines to recombine, so random inputs look like letters often enough to reach every stage. */
const seedLines = ['000', '001', '002', '003', '004'].flatMap((prefix) => seedText(prefix).split('\n'));
const letterish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...seedLines),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.constantFrom('', ' ', '__________________', '*', '1', 'https://undocs.org/ch/S/1', '<sup>1</sup> x', '## 标题', '---', '阁下：', '附件一'),
    ),
    { maxLength: 60 },
  )
  .map((lines) => lines.join('\n'));

describe('toCanonicalMarkdown properties', () => {
  it('fails on any input only with a located message naming the file', () => {
    fc.assert(
      fc.property(letterish, (text) => {
        try {
          const bytes = new TextEncoder().encode(text);
          const { markdown, lineMap } = toCanonicalMarkdown({ path: 'random.txt', text: decodeSeed('random.txt', bytes) });
          expect(lineMap.length).toBe(markdown.replace(/\n$/, '').split('\n').length);
        } catch (error) {
          expect(error).toBeInstanceOf(VFileMessage);
          expect((error as VFileMessage).file).toBe('random.txt');
          expect((error as VFileMessage).line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every character when a letter’s lines are wrapped differently', () => {
    const wrapped = (prefix: string) =>
      fc.array(fc.nat(), { maxLength: 25 }).map((cuts) => {
        const lines = seedText(prefix).split('\n');
        // The masthead is a fixed form, not wrapped text: only lines from the title on are re-wrapped.
        const title = lines.findIndex((line) => /^\s{2,}\d{4} 年.*的信/.test(line));
        // Cut some text lines in two, as a narrower column would; a PDF text layer puts a blank line between lines.
        for (const cut of cuts) {
          const index = title + (cut % (lines.length - title));
          const line = lines[index] ?? '';
          const chars = [...line.trimEnd()];
          if (chars.length < 12 || !/\p{Script=Han}/u.test(line)) continue;
          const at = 4 + (cut % (chars.length - 8));
          lines.splice(index, 1, chars.slice(0, at).join(''), '', chars.slice(at).join(''));
        }
        return lines.join('\n');
      });
    for (const prefix of ['000', '001', '004']) {
      fc.assert(
        fc.property(wrapped(prefix), (text) => {
          const { markdown } = toCanonicalMarkdown({ path: `${prefix}.txt`, text });
          expect(countDifferences(seedChars(text, false), canonicalChars(markdown))).toEqual([]);
          expect(readCanonical(markdown).blocks.filter((block) => block.kind === 'heading' && block.depth === 1)).toHaveLength(1);
        }),
        { numRuns: 25 },
      );
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineSegments, type InlineSegment } from '../../src/components/utils/inlineSegments.ts';

const textOf = (segments: InlineSegment[]) => segments.map((segment) => (segment.kind === 'mark' ? '' : segment.text)).join('');
const link = (start: number, end: number, href = 'https://example.org/') => ({ start, end, href });

describe('inlineSegments', () => {
  it('cuts text at links and footnote marks, marks numbered in block order', () => {
    const text = '违反《苏联宪法》，通过了 A/61/938 的决定。';
    const start = text.indexOf('A/61/938');
    const segments = inlineSegments(text, [link(start, start + 8)], [{ id: 'fn-2', offset: text.length }, { id: 'fn-1', offset: 9 }]);
    expect(segments).toEqual([
      { kind: 'text', text: '违反《苏联宪法》，' },
      { kind: 'mark', footnote: 'fn-1', n: 2 },
      { kind: 'text', text: '通过了 ' },
      { kind: 'link', text: 'A/61/938', link: link(start, start + 8) },
      { kind: 'text', text: ' 的决定。' },
      { kind: 'mark', footnote: 'fn-2', n: 1 },
    ]);
  });

  it('keeps a link whole around a footnote mark inside it, and the mark at offset 0', () => {
    const segments = inlineSegments('abcdef', [link(1, 5)], [{ id: 'a', offset: 3 }, { id: 'b', offset: 0 }]);
    expect(segments.map((segment) => segment.kind)).toEqual(['mark', 'text', 'link', 'mark', 'link', 'text']);
    expect(textOf(segments)).toBe('abcdef');
  });

  it('refuses offsets beyond the text', () => {
    expect(() => inlineSegments('abc', [link(1, 9)])).toThrow(/beyond the text/);
    expect(() => inlineSegments('abc', [], [{ id: 'fn-1', offset: 4 }])).toThrow(/beyond the text/);
  });

  it('never drops or repeats text, and keeps every mark, whatever the spans', () => {
    const input = fc.string({ minLength: 1, maxLength: 40 }).chain((text) =>
      fc.record({
        text: fc.constant(text),
        links: fc.array(
          fc.tuple(fc.nat(text.length), fc.nat(text.length)).filter(([a, b]) => a !== b).map(([a, b]) => link(Math.min(a, b), Math.max(a, b))),
          { maxLength: 4 },
        ),
        marks: fc.array(fc.nat(text.length).map((offset) => ({ id: 'fn-x', offset })), { maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(input, ({ text, links, marks }) => {
        const segments = inlineSegments(text, links, marks);
        expect(textOf(segments)).toBe(text);
        expect(segments.filter((segment) => segment.kind === 'mark')).toHaveLength(marks.length);
        expect(segments.some((segment) => segment.kind !== 'mark' && segment.text === '')).toBe(false);
      }),
    );
  });
});

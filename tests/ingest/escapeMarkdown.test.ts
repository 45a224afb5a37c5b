import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/ingest/escapeMarkdown.ts';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);
/** What CommonMark + GFM read back from a block written as `prefix` + escaped text. */
const readBack = (text: string, prefix = ''): string => toString(parse(`${prefix}${escapeMarkdown(text)}\n`)).slice(prefix === '1\\. ' ? 3 : 0);

const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '# 不是标题',
  '1. 不是列表',
  '1) 也不是',
  '- 不是列表',
  '+ 不是列表',
  '---',
  '===',
  '> 不是引文',
  '[^1] 不是脚注',
  '[链接](javascript:alert(1))',
  '*强调* _强调_ ~删除~ `代码`',
  '&amp; &#60; &lt;',
  '| a | b |',
  '结尾的反斜杠\\',
  '标题 #',
];

describe('escapeMarkdown', () => {
  it('makes hostile and Markdown-looking text read back literally', () => {
    for (const text of hostile) {
      expect(readBack(text)).toBe(text);
      const tree = parse(escapeMarkdown(text));
      expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
    }
  });

  it('reads back literally after the prefixes the writer puts before text', () => {
    for (const text of hostile) {
      expect(readBack(text, '### ')).toBe(text);
      expect(readBack(text, '> ')).toBe(text);
    }
  });

  it('round-trips any single-line text', () => {
    const line = fc
      .string({ unit: fc.oneof(fc.constantFrom(...'#*_[]()<>&!`~|\\-+=.:1 中文'), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 40 })
      .filter((text) => text === text.trim() && text !== '' && !/[\u0000-\u001f\u007f]/.test(text));
    fc.assert(
      fc.property(line, (text) => {
        expect(readBack(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { DraftText, LetterDraft } from '../../src/ingest/draft.ts';
import { writeCanonicalMarkdown } from '../../src/ingest/writeCanonicalMarkdown.ts';
import { readCanonical } from './readCanonical.ts';

const text = (value: string, line: number, marks: DraftText['marks'] = []): DraftText => ({ text: value, origins: [{ offset: 0, line }], marks });

const draft: LetterDraft = {
  source: 'x.txt',
  symbols: ['A/1/2'],
  distributionDate: null,
  originalLanguage: null,
  session: { generalAssembly: 61, securityCouncilYear: null },
  agendaItems: [{ number: 17, title: '局势: 标题 # 不是注释' }],
  headMarks: [{ on: 'agenda', marker: '*' }],
  furniture: [{ kind: 'running-header', line: 40, text: 'A/1/2' }],
  blocks: [
    { kind: 'title', parts: [text('2007 年 6 月 7 日的信', 3)] },
    { kind: 'salutation', parts: [text('阁下：', 5)] },
    { kind: 'paragraph', parts: [text('违反《宪法》，1 通过了 <script>alert(1)</script>。', 7, [{ offset: 7, length: 1, label: '1' }])] },
    { kind: 'paragraph', number: 2, parts: [text('强烈谴责。', 9)] },
    { kind: 'quote', parts: [text('- 引文。', 11)] },
    { kind: 'signature', parts: [text('常驻代表', 13), text('= 大使', 15)] },
  ],
  footnotes: [{ label: '1', line: 30, body: text('1. 注释。', 30) }],
};

describe('writeCanonicalMarkdown', () => {
  const { markdown, lineMap } = writeCanonicalMarkdown(draft);
  const letter = readCanonical(markdown);

  it('writes front matter that reads back as the draft’s metadata', () => {
    const { blocks: _blocks, footnotes: _footnotes, ...metadata } = draft;
    expect(letter.front).toEqual(metadata);
  });

  it('writes each block so that it reads back as its kind and literal text', () => {
    expect(letter.blocks.map((block) => [block.kind, block.comment, block.text, block.marks])).toEqual([
      ['heading', undefined, '2007 年 6 月 7 日的信', []],
      ['paragraph', 'salutation', '阁下：', []],
      ['paragraph', undefined, '违反《宪法》， 通过了 <script>alert(1)</script>。', ['1']],
      ['paragraph', undefined, '2. 强烈谴责。', []],
      ['blockquote', undefined, '- 引文。', []],
      ['paragraph', 'signature', '常驻代表\n= 大使', []],
    ]);
    expect(letter.footnotes).toEqual([{ label: '1', text: '1. 注释。' }]);
    expect(markdown).toContain('违反《宪法》，[^1] 通过了 \\<script\\>alert(1)\\</script\\>。');
  });

  it('maps each line written to its source line', () => {
    const lines = markdown.replace(/\n$/, '').split('\n');
    expect(lineMap).toHaveLength(lines.length);
    const at = (start: string) => lineMap[lines.findIndex((line) => line.startsWith(start))];
    expect(at('  - { kind: running-header')).toBe(40);
    expect(at('# 2007')).toBe(3);
    expect(at('2\\. 强烈谴责')).toBe(9);
    expect(at('\\= 大使')).toBe(15);
    expect(at('[^1]:')).toBe(30);
  });
});

import { readFileSync } from 'node:fs';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { checkConservation } from '../../src/ingest/checkConservation.ts';
import { toLetterRecord } from '../../src/ingest/toLetterRecord.ts';
import type { LetterRecord } from '../../src/records/schema.ts';

const markdown = readFileSync(new URL('./fixtures/canonical/letter-000.md', import.meta.url), 'utf8');
const record = toLetterRecord(markdown, { path: 'letter-000.md' });
const canonical = { path: 'letter-000.md', text: markdown, flavour: 'canonical' as const };

function refusal(source: Parameters<typeof checkConservation>[0], changed: LetterRecord): VFileMessage {
  try {
    checkConservation(source, changed);
  } catch (error) {
    expect(error).toBeInstanceOf(VFileMessage);
    return error as VFileMessage;
  }
  throw new Error('expected the check to fail');
}

describe('checkConservation', () => {
  it('passes a record built from its source', () => {
    expect(() => checkConservation(canonical, record)).not.toThrow();
  });

  it('reports text dropped from a block, at the seed line of the first lost character', () => {
    const changed = structuredClone(record);
    const block = changed.body[1];
    if (!block) throw new Error('fixture changed');
    block.text = block.text.replace('分发为荷', '');
    const message = refusal(canonical, changed);
    expect(message.reason).toMatch(/text dropped: `分` and 3 more/);
    expect(message.line).toBe(markdown.split('\n').findIndex((line) => line.includes('分发为荷')) + 1);
    expect(message.file).toBe('letter-000.md');
  });

  it('reports a dropped printed number, footnote or annex heading', () => {
    const noNumber = structuredClone(record);
    delete noNumber.annexes[0]?.blocks[2]?.number;
    expect(refusal(canonical, noNumber).reason).toMatch(/text dropped/);
    const noFootnote = structuredClone(record);
    noFootnote.footnotes.pop();
    expect(refusal(canonical, noFootnote).reason).toMatch(/text dropped/);
    const noHeading = structuredClone(record);
    noHeading.annexes.pop();
    expect(refusal(canonical, noHeading).reason).toMatch(/text dropped/);
  });

  it('reports invented text with the part that holds it', () => {
    const changed = structuredClone(record);
    changed.footnotes[0]!.text += '猫';
    expect(refusal(canonical, changed).reason).toMatch(/text invented: `猫` in fn-1/);
  });

  it('counts furniture for a PDF-text seed, and only there', () => {
    const seed = ['  2021 年 5 月 15 日阿塞拜疆常驻联合国代表给秘书长的信', '', ' 正文，1 在此。', '', 'A/75/1 21-00001 2/3', '__________', '1 脚注。', '大使'].join('\n');
    const letter = toLetterRecord(
      [
        '---',
        'furniture:',
        '  - { kind: running-header, line: 5, text: A/75/1 21-00001 2/3 }',
        '  - { kind: footnote-rule, line: 6, text: __________ }',
        '---',
        '# 2021 年 5 月 15 日阿塞拜疆常驻联合国代表给秘书长的信',
        '',
        '正文，[^1] 在此。',
        '',
        '<!-- signature -->',
        '大使',
        '',
        '[^1]: 脚注。',
      ].join('\n'),
      { path: 'seed.txt' },
    );
    expect(() => checkConservation({ path: 'seed.txt', text: seed, flavour: 'pdf' }, letter)).not.toThrow();
    const withoutHeader = { ...letter, furniture: letter.furniture.slice(1) };
    const message = refusal({ path: 'seed.txt', text: seed, flavour: 'pdf' }, withoutHeader);
    expect(message.line).toBe(5);
  });

  it('does not count a Markdown seed’s own syntax as text', () => {
    const seed = '## 2021 年 5 月 15 日阿塞拜疆常驻联合国代表给秘书长的信\n\n正文<sup>1</sup> 见 [A/74/450](#)。\n\n<sup>1</sup> 脚注。\n\n大使\n';
    const letter = toLetterRecord('# 2021 年 5 月 15 日阿塞拜疆常驻联合国代表给秘书长的信\n\n正文[^1] 见 A/74/450。\n\n<!-- signature -->\n大使\n\n[^1]: 脚注。\n', { path: 'seed.txt' });
    expect(() => checkConservation({ path: 'seed.txt', text: seed, flavour: 'markdown' }, letter)).not.toThrow();
    expect(refusal({ path: 'seed.txt', text: seed, flavour: 'pdf' }, letter).reason).toMatch(/text dropped/);
  });

  it('counts an HTML comment in a Markdown-flavour seed as text (only canonical Markdown’s kind comments are syntax)', () => {
    const seed = '## 2021 年 5 月 15 日阿塞拜疆常驻联合国代表给秘书长的信\n\n正文<!-- 注 -->。\n\n大使\n';
    const letter = toLetterRecord('# 2021 年 5 月 15 日阿塞拜疆常驻联合国代表给秘书长的信\n\n正文\\<!-- 注 -->。\n\n<!-- signature -->\n大使\n', { path: 'seed.txt' });
    expect(letter.body[0]?.text).toBe('正文<!-- 注 -->。');
    expect(() => checkConservation({ path: 'seed.txt', text: seed, flavour: 'markdown' }, letter)).not.toThrow();
    expect(refusal({ path: 'seed.txt', text: seed, flavour: 'canonical' }, letter).reason).toMatch(/text invented/);
  });
});

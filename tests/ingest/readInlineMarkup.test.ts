import { describe, expect, it } from 'vitest';
import { readInlineMarkup } from '../../src/ingest/readInlineMarkup.ts';

describe('readInlineMarkup', () => {
  it('turns `<sup>` marks into marks and empty links into their text', () => {
    const draft = readInlineMarkup('规则。<sup>1</sup> 见 [A/74/450-S/2019/762](#) 和 [A/74/961-S/2020/729]()。', 29);
    expect(draft.text).toBe('规则。 见 A/74/450-S/2019/762 和 A/74/961-S/2020/729。');
    expect(draft.marks).toEqual([{ offset: 3, length: 0, label: '1' }]);
    expect(draft.origins).toEqual([{ offset: 0, line: 29 }]);
  });

  it('keeps any other markup as printed, to be shown literally', () => {
    expect(readInlineMarkup('<b>粗</b> [链接](https://example.org)', 1).text).toBe('<b>粗</b> [链接](https://example.org)');
  });
});

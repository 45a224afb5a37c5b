import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/ingest/displayWidth.ts';

describe('displayWidth', () => {
  it('counts ideographs, full-width forms and Chinese quotation marks as two cells, Latin as one', () => {
    expect(displayWidth('阿塞拜疆')).toBe(8);
    expect(displayWidth('（见附件一），')).toBe(14);
    expect(displayWidth('“选举”……——')).toBe(16);
    expect(displayWidth('A/61/947 2007')).toBe(13);
    expect(displayWidth('𠀀')).toBe(2);
  });
});

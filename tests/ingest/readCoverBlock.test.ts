import { describe, expect, it } from 'vitest';
import { readCoverBlock } from '../../src/ingest/readCoverBlock.ts';
import { seedText, sourceLines } from './seedText.ts';

describe('readCoverBlock', () => {
  it('reads 001’s cover: symbols split at the en dash, distribution date, every line kept', () => {
    const lines = sourceLines(seedText('001'));
    const cover = readCoverBlock(lines, 0);
    expect(cover.symbols).toEqual(['A/61/1006', 'S/2007/452']);
    expect(cover.distributionDate).toBe('2007-07-23');
    expect(cover.furniture.map((entry) => [entry.kind, entry.line])).toEqual([
      ['cover-block', 2],
      ['cover-block', 6],
      ['cover-block', 8],
      ['cover-block', 11],
      ['cover-block', 12],
      ['cover-block', 13],
      ['cover-block', 14],
      ['job-number', 18],
      ['barcode', 19],
    ]);
    expect(lines[cover.next]?.line).toBe(20);
  });

  it('reads nothing where a letter has no cover', () => {
    expect(readCoverBlock(sourceLines(seedText('000')), 0)).toEqual({ furniture: [], symbols: [], distributionDate: null, next: 0 });
  });
});

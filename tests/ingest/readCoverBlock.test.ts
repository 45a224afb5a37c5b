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
    expect(cover.originalLanguage).toBe('en');
  });

  it('reads the `Original:` line as a language code, keeping an unknown word as printed', () => {
    const cover = (language: string) =>
      readCoverBlock(sourceLines(` 联 合 国   S/2024/1\n\n安全理事会\n\nDistr.: General\n2 January 2024\nChinese\nOriginal: ${language}\n`), 0).originalLanguage;
    expect(['English', 'French', 'Russian', 'Arabic', 'Spanish', 'Chinese'].map(cover)).toEqual(['en', 'fr', 'ru', 'ar', 'es', 'zh']);
    expect(cover('Klingon')).toBe('Klingon');
  });

  it('reads the footnote mark a reissue prints after its symbols, not as part of them', () => {
    const cover = readCoverBlock(sourceLines(' 联 合 国   A/78/845*–S/2024/301*\n\n大  会\n\nDistr.: General\n5 April 2024\n'), 0);
    expect(cover.symbols).toEqual(['A/78/845', 'S/2024/301']);
    expect(cover.marks).toEqual([{ on: 'symbols', marker: '*' }]);
    expect(readCoverBlock(sourceLines(' 联 合 国   S/2024/212\n\n安全理事会\n'), 0).marks).toEqual([]);
  });

  it('reads nothing where a letter has no cover', () => {
    expect(readCoverBlock(sourceLines(seedText('000')), 0)).toEqual({ furniture: [], symbols: [], marks: [], distributionDate: null, originalLanguage: null, next: 0 });
  });
});

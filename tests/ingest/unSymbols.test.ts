import { describe, expect, it } from 'vitest';
import { isSymbolLine, unSymbols } from '../../src/ingest/unSymbols.ts';

describe('unSymbols', () => {
  it('splits joint symbols at a hyphen or an en dash', () => {
    expect(unSymbols('A/61/1006–S/2007/452')).toEqual(['A/61/1006', 'S/2007/452']);
    expect(unSymbols('A/79/730-S/2025/45')).toEqual(['A/79/730', 'S/2025/45']);
  });

  it('reads an emergency-session symbol, and a corrigendum, revision or addendum, as one symbol', () => {
    expect(unSymbols('A/ES-10/1001')).toEqual(['A/ES-10/1001']);
    expect(unSymbols('A/HRC/58/5 S/2024/512/Corr.1 S/2024/600/Rev.1 S/2024/50/Add.1')).toEqual([
      'A/HRC/58/5',
      'S/2024/512/Corr.1',
      'S/2024/600/Rev.1',
      'S/2024/50/Add.1',
    ]);
    expect(isSymbolLine('A/ES-10/1001')).toBe(true);
  });
});

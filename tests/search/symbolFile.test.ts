/** The owner file a symbol hashes to: within range, stable, and spread over the files. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symbolFile, symbolFileCount, SYMBOLS_PER_FILE } from '../../src/search/symbolFile.ts';

describe('symbolFile', () => {
  it('names a file within range, the same for the same symbol', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 1, max: 1000 }), (symbol, files) => {
        const file = symbolFile(symbol, files);
        expect(Number.isInteger(file) && file >= 0 && file < files).toBe(true);
        expect(symbolFile(symbol, files)).toBe(file);
      }),
    );
  });

  it('spreads real-looking symbols evenly enough that no file holds twice its share', () => {
    const symbols = Array.from({ length: 20_000 }, (_, n) => (n % 2 === 0 ? `a/${50 + (n % 30)}/${n}` : `s/${1994 + (n % 30)}/${n}`));
    const files = symbolFileCount(symbols.length);
    expect(files).toBe(Math.ceil(20_000 / SYMBOLS_PER_FILE));
    const sizes = new Array<number>(files).fill(0);
    for (const symbol of symbols) sizes[symbolFile(symbol, files)] = (sizes[symbolFile(symbol, files)] ?? 0) + 1;
    expect(Math.max(...sizes)).toBeLessThan((2 * symbols.length) / files);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
  });

  it('needs one file for an archive with no symbols at all', () => {
    expect(symbolFileCount(0)).toBe(1);
  });
});

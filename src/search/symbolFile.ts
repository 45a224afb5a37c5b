/**
 * Where the index looks a UN symbol up: the build writes, for every symbol a
 * letter carries as its own, the letters carrying it into one of a few files
 * (`symbols/<n>.json.gz`, see writeSymbolOwners.ts), chosen by a hash of the
 * normalised symbol, so that the page finds a symbol's letters with one small
 * request wherever they stand in the archive, instead of asking every bundle.
 */

/** Symbols per owner file, about: a file is a few kilobytes compressed. */
export const SYMBOLS_PER_FILE = 512;

/** How many owner files hold `symbols` distinct symbols. */
export function symbolFileCount(symbols: number): number {
  return Math.max(1, Math.ceil(symbols / SYMBOLS_PER_FILE));
}

/** The owner file (`0 … files - 1`) of `symbol` (normalised): 32-bit FNV-1a of its UTF-16 units, the same in Node and in the page. */
export function symbolFile(symbol: string, files: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < symbol.length; index++) {
    hash ^= symbol.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % files;
}

/** Path of owner file `number` under the index folder. */
export function symbolFilePath(number: number): string {
  return `symbols/${number}.json.gz`;
}

/** What an owner file holds: per normalised symbol, its letters as `[bundle id, place in the bundle from 0]`, in search order. */
export type SymbolOwners = Record<string, [number, number][]>;

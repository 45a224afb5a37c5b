/**
 * The letters carrying a symbol, or every symbol of a joint one, as their own,
 * from the symbol owner files (see symbolFile.ts): one small file per symbol,
 * whichever bundles the letters stand in.
 */
import type { IndexLayout } from '../indexLayout.ts';
import { symbolFile, symbolFilePath, type SymbolOwners } from '../symbolFile.ts';
import { fetchGzipJsonOnce } from './fetchGzipJson.ts';

/** The ranks, ascending, of the letters carrying every one of `symbols` (normalised), in the index in `base`. */
export async function loadSymbolOwners(base: string, layout: IndexLayout, symbols: readonly string[]): Promise<number[]> {
  const starts = new Map(layout.bundles.map(({ id, start }) => [id, start]));
  const lists = await Promise.all(
    symbols.map(async (symbol) => {
      const owners = await fetchGzipJsonOnce<SymbolOwners>(new URL(symbolFilePath(symbolFile(symbol, layout.symbolFiles)), base));
      // An own property only: a symbol spelled `constructor` is no owner list.
      const letters = Object.hasOwn(owners, symbol) ? (owners[symbol] ?? []) : [];
      return new Set(letters.map(([id, place]) => (starts.get(id) ?? NaN) + place));
    }),
  );
  const [first = new Set<number>(), ...rest] = lists;
  return [...first].filter((rank) => !Number.isNaN(rank) && rest.every((list) => list.has(rank))).sort((a, b) => a - b);
}

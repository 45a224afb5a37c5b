/**
 * Writes the symbol owner files (see symbolFile.ts): per normalised symbol, the
 * letters that carry it as their own, each named by its bundle and its place in
 * it, which stay put when letters are added to other bundles.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { IndexBundle } from './indexLayout.ts';
import { normalisedText, type SimplifiedCharMap } from './normaliseText.ts';
import { symbolFile, symbolFileCount, symbolFilePath, type SymbolOwners } from './symbolFile.ts';

const compress = promisify(gzip);

/** Writes the owner files of the letters whose symbols are `symbols` (in search order, cut as `bundles` say) under `indexDir`; returns how many. */
export async function writeSymbolOwners(symbols: readonly (readonly string[])[], bundles: readonly IndexBundle[], indexDir: string, simplified: SimplifiedCharMap): Promise<number> {
  const owners = new Map<string, [number, number][]>();
  for (const { id, start, letters } of bundles) {
    for (let place = 0; place < letters; place++) {
      for (const symbol of new Set((symbols[start + place] ?? []).map((own) => normalisedText(own, simplified)))) {
        let list = owners.get(symbol);
        if (list === undefined) owners.set(symbol, (list = []));
        list.push([id, place]);
      }
    }
  }
  const count = symbolFileCount(owners.size);
  const files: SymbolOwners[] = Array.from({ length: count }, () => ({}));
  for (const [symbol, list] of owners) (files[symbolFile(symbol, count)] as SymbolOwners)[symbol] = list;
  await mkdir(join(indexDir, dirname(symbolFilePath(0))), { recursive: true });
  await Promise.all(files.map(async (file, number) => writeFile(join(indexDir, symbolFilePath(number)), await compress(JSON.stringify(file), { level: 9 }))));
  return count;
}

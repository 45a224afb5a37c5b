/**
 * Reads one unit's text by its place in the archive (counting the units of
 * every letter in order, as recordUnits lists them), from the one chunk that
 * holds it: a random unit without holding every unit. The last chunk read is
 * kept, for a small archive whose units sit in a chunk or two.
 */
import { recordUnits } from '../recordUnits.ts';
import type { LetterChunks } from './letterChunks.ts';

/** A reader of unit texts by place (0 … total - 1) over `chunks`, whose chunks hold `unitsPerChunk` units each. */
export function unitReader(chunks: LetterChunks, unitsPerChunk: readonly number[]): (place: number) => Promise<string> {
  let cached: { index: number; texts: string[] } | undefined;
  return async (place) => {
    let index = 0;
    let first = 0;
    while (index < unitsPerChunk.length && place >= first + (unitsPerChunk[index] ?? 0)) first += unitsPerChunk[index++] ?? 0;
    if (place < 0 || index === unitsPerChunk.length) throw new RangeError(`no unit ${place} in an archive of ${first} units`);
    if (cached?.index !== index) cached = { index, texts: (await chunks.read(index)).flatMap((record) => recordUnits(record).map(([, , , , text]) => text)) };
    return cached.texts[place - first] as string;
  };
}

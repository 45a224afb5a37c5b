/**
 * The query set drawn from letters read a chunk at a time, over the five seed
 * letters: the same set however the letters are cut into chunks (a unit drawn at
 * random is read back from the chunk that holds it, a made-up word is checked
 * against every chunk), and a different set for another seed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestSeeds } from '../../../src/ingest/ingestSeeds.ts';
import type { LetterRecord } from '../../../src/records/schema.ts';
import type { LetterChunks } from '../../../src/search/quality/letterChunks.ts';
import { occurringWords } from '../../../src/search/quality/occurringWords.ts';
import { makeQuerySet } from '../../../src/search/quality/querySet.ts';
import { surveyArchive } from '../../../src/search/quality/surveyArchive.ts';
import { unitReader } from '../../../src/search/quality/unitReader.ts';
import { recordUnits } from '../../../src/search/recordUnits.ts';

let records: LetterRecord[];

beforeAll(async () => {
  records = await ingestSeeds('seeds');
});

/** The letters in chunks of `size`, counting the reads. */
function chunksOf(size: number): LetterChunks & { reads: number } {
  const chunks = Array.from({ length: Math.ceil(records.length / size) }, (_, index) => records.slice(index * size, (index + 1) * size));
  const counted = {
    count: chunks.length,
    reads: 0,
    read: async (index: number) => {
      counted.reads++;
      return chunks[index] ?? [];
    },
  };
  return counted;
}

describe('makeQuerySet over chunks', () => {
  it('draws the same queries whether the letters come in one chunk or one letter a chunk', async () => {
    const whole = await makeQuerySet(chunksOf(records.length), { substrings: 48 });
    expect(whole.length).toBeGreaterThan(60);
    expect(new Set(whole.map((query) => query.kind)).size).toBe(10);
    for (const size of [1, 2]) expect(await makeQuerySet(chunksOf(size), { substrings: 48 })).toEqual(whole);
    expect(await makeQuerySet(chunksOf(2), { substrings: 48, seed: 7 })).not.toEqual(whole);
  });

  it('draws substrings and made-up words that hold to what they claim', async () => {
    const queries = await makeQuerySet(chunksOf(1));
    const texts = records.flatMap((record) => recordUnits(record).map(([, , , , text]) => text));
    const substrings = queries.filter((query) => query.kind === 'substring');
    expect(substrings.length).toBeGreaterThan(50);
    for (const { query } of substrings) expect(texts.some((text) => text.includes(query))).toBe(true);
    const absent = queries.filter((query) => query.kind === 'absent');
    expect(absent.length).toBeGreaterThan(3);
    for (const { query } of absent) expect(texts.some((text) => text.includes(query))).toBe(false);
  });
});

describe('unitReader', () => {
  it('reads each unit by its place in the archive from the chunk that holds it', async () => {
    const texts = records.flatMap((record) => recordUnits(record).map(([, , , , text]) => text));
    const chunks = chunksOf(2);
    const { unitsPerChunk } = await surveyArchive(chunks);
    expect(unitsPerChunk.reduce((sum, count) => sum + count, 0)).toBe(texts.length);
    const unitText = unitReader(chunks, unitsPerChunk);
    chunks.reads = 0;
    for (const [place, text] of texts.entries()) expect(await unitText(place)).toBe(text);
    // In order, each chunk is read once: the last chunk read is kept.
    expect(chunks.reads).toBe(chunks.count);
    await expect(unitText(texts.length)).rejects.toThrow(RangeError);
  });
});

describe('occurringWords', () => {
  it('names the words some unit holds, in any chunk, and not the others', async () => {
    const last = records.at(-1) as LetterRecord;
    const word = (recordUnits(last).at(-1)?.[4] ?? '').slice(0, 3);
    expect(await occurringWords(chunksOf(1), [word, '阿塞拜疆', '鑫龘靐'])).toEqual(new Set([word, '阿塞拜疆']));
  });
});

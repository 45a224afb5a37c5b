/**
 * The build's ingest on the five seed letters, in batches of child processes:
 * the store, summaries and page inputs are what ingesting in one process makes;
 * the first of two seeds making one letter is kept whatever batch ends first;
 * refused seeds come back as located messages; a store that cannot be written
 * fails the ingest; and the cache serves unchanged seeds.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFileMessage } from 'vfile-message';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestIntoStore } from '../../src/build/ingestIntoStore.ts';
import { pageInputs } from '../../src/build/letterPageKeys.ts';
import { ingestSeeds } from '../../src/ingest/ingestSeeds.ts';
import { summariseLetter } from '../../src/records/letterSummary.ts';
import { readRecord, readSummaries } from '../../src/records/recordStore.ts';
import type { LetterRecord } from '../../src/records/schema.ts';

let work: string;
let records: LetterRecord[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ingest-into-store-'));
  records = await ingestSeeds('seeds');
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A copy of the seeds with `extra` files added. */
async function seedsWith(name: string, extra: Record<string, string | Buffer>): Promise<string> {
  const dir = join(work, name);
  await cp('seeds', dir, { recursive: true });
  for (const [file, content] of Object.entries(extra)) await writeFile(join(dir, file), content);
  return dir;
}

describe('ingestIntoStore', () => {
  it('stores every letter and returns the summaries and page inputs that one process makes, from several batches', async () => {
    const store = join(work, 'store');
    const { letters, inputs, failures, ingested } = await ingestIntoStore('seeds', store, { seedsPerBatch: 2, parallel: 2 });
    expect(letters).toEqual(records.map(summariseLetter));
    expect(readSummaries(store)).toEqual(letters);
    for (const record of records) {
      expect(readRecord(store, record.id)).toEqual(record);
      expect(inputs.get(record.url)).toEqual(pageInputs(record));
    }
    expect([failures, ingested]).toEqual([[], records.length]);
  }, 120_000);

  it('keeps the first of two seeds making one letter, whichever batch ends first, and refuses the second by name', async () => {
    const [first] = (await readdir('seeds')).sort() as [string];
    const seeds = await seedsWith('duplicate-seeds', { [`zz-${first}`]: await readFile(join('seeds', first)) });
    const store = join(work, 'duplicate-store');
    // One seed a batch: the duplicate's batch runs beside others and may end before the first's.
    const { letters, failures } = await ingestIntoStore(seeds, store, { keepGoing: true, seedsPerBatch: 1, parallel: 2 });
    expect(failures.map((failure) => [failure.ruleId, failure.file])).toEqual([['duplicate-id', join(seeds, `zz-${first}`)]]);
    expect(letters.map(({ id }) => id)).toEqual(records.map(({ id }) => id));
    for (const record of records) expect(readRecord(store, record.id)).toEqual(record);
    await expect(ingestIntoStore(seeds, join(work, 'refused-store'))).rejects.toMatchObject({ errors: [expect.objectContaining({ ruleId: 'duplicate-id' })] });
  }, 120_000);

  it('returns a refused seed as the located message one process gives', async () => {
    const seeds = await seedsWith('bad-seeds', { '999_empty.txt': '', '998_no-date.md': '---\nsymbols: []\n---\n\n# 没有日期的信\n\n正文。\n' });
    const { failures } = await ingestIntoStore(seeds, join(work, 'bad-store'), { keepGoing: true });
    const { failures: expected } = await ingestSeeds(seeds, { keepGoing: true });
    expect(failures).toHaveLength(2);
    for (const failure of failures) expect(failure).toBeInstanceOf(VFileMessage);
    const described = (messages: VFileMessage[]) => messages.map(({ file, line, column, reason, ruleId, source, fatal }) => ({ file, line, column, reason, ruleId, source, fatal }));
    expect(described(failures)).toEqual(described(expected));
  }, 120_000);

  it('fails whole when a letter cannot be stored, instead of refusing its seed', async () => {
    const blocked = join(work, 'blocked');
    await writeFile(blocked, 'a file where the store would go');
    await expect(ingestIntoStore('seeds', blocked, { keepGoing: true })).rejects.toMatchObject({ code: 'ENOTDIR' });
  }, 120_000);

  it('serves unchanged seeds from the cache', async () => {
    const cacheDir = join(work, 'cache');
    expect(await ingestIntoStore('seeds', join(work, 'cold'), { cacheDir })).toMatchObject({ ingested: records.length, fromCache: 0 });
    const warm = await ingestIntoStore('seeds', join(work, 'warm'), { cacheDir, seedsPerBatch: 2 });
    expect(warm).toMatchObject({ ingested: 0, fromCache: records.length });
    expect(warm.letters).toEqual(records.map(summariseLetter));
  }, 120_000);
});

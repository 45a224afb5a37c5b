/**
 * The record store on the five seed letters: records and summaries read back as
 * written, a damaged record is refused by file, ingest into the store keeps one
 * letter per id and refuses the duplicate, and a store that cannot be written
 * fails the ingest instead of refusing a seed.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSeeds, ingestSeedsInto } from '../../src/ingest/ingestSeeds.ts';
import { LetterSummary, OPENING_LENGTH, summariseLetter } from '../../src/records/letterSummary.ts';
import { readRecord, readSummaries, writeRecord, writeRecordStore, writeSummaries } from '../../src/records/recordStore.ts';
import type { LetterRecord } from '../../src/records/schema.ts';

let work: string;
let records: LetterRecord[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'record-store-'));
  records = await ingestSeeds('seeds');
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('record store', () => {
  it('reads every record and the summaries back as written', async () => {
    const store = join(work, 'round-trip');
    const summaries = writeRecordStore(store, records);
    expect((await readdir(join(store, 'letters'))).sort()).toEqual(records.map((record) => `${record.id}.json`).sort());
    for (const record of records) expect(readRecord(store, record.id)).toEqual(record);
    expect(readSummaries(store)).toEqual(summaries);
    expect(summaries.map((summary) => summary.id)).toEqual(records.map((record) => record.id));
  });

  it('refuses a damaged record, naming its file and the field', async () => {
    const store = join(work, 'damaged');
    const [record] = records as [LetterRecord];
    writeRecord(store, { ...record, letterDate: 'someday' });
    expect(() => readRecord(store, record.id)).toThrow(new RegExp(`${record.id}\\.json[^]*letterDate`));
    writeSummaries(store, [{ ...summariseLetter(record), letterDate: 'someday' }]);
    expect(() => readSummaries(store)).toThrow(/summaries\.json[^]*letterDate/);
  });
});

describe('summariseLetter', () => {
  it('counts blocks, annexes and footnotes and keeps the head of each letter', () => {
    for (const record of records) {
      const summary = summariseLetter(record);
      expect(LetterSummary.parse(summary)).toEqual(summary);
      expect(summary.blocks).toBe(record.body.length + record.annexes.reduce((sum, annex) => sum + annex.blocks.length, 0));
      expect(summary.annexes).toBe(record.annexes.length);
      expect(summary.footnotes).toBe(record.footnotes.length);
      expect(summary.title).toBe(record.title);
      expect(summary.sender).toEqual(record.sender);
      const paragraph = record.body.find((block) => block.kind === 'paragraph')?.text ?? '';
      expect(summary.opening).toBe(paragraph.slice(0, OPENING_LENGTH));
    }
  });

  it('is a small part of the record: the texts stay in the store', () => {
    const recordBytes = records.reduce((sum, record) => sum + JSON.stringify(record).length, 0);
    const summaryBytes = records.reduce((sum, record) => sum + JSON.stringify(summariseLetter(record)).length, 0);
    expect(summaryBytes * 5).toBeLessThan(recordBytes);
  });
});

describe('ingestSeedsInto', () => {
  it('stores each letter once and refuses a second file with the same letter', async () => {
    const seeds = join(work, 'duplicate-seeds');
    await cp('seeds', seeds, { recursive: true });
    const [first] = (await readdir(seeds)).sort() as [string];
    await writeFile(join(seeds, `zz-${first}`), await readFile(join(seeds, first)));
    const store = join(work, 'duplicate-store');
    const kept: string[] = [];
    const { records: summaries, failures } = await ingestSeedsInto(
      seeds,
      (record) => {
        kept.push(record.source);
        writeRecord(store, record);
        return summariseLetter(record);
      },
      { keepGoing: true },
    );
    expect(kept).toHaveLength(records.length);
    expect(kept).not.toContain(`zz-${first}`);
    expect(failures.map((failure) => [failure.ruleId, failure.file])).toEqual([['duplicate-id', join(seeds, `zz-${first}`)]]);
    expect(summaries.map((summary) => summary.id)).toEqual(records.map((record) => record.id));
    for (const record of records) expect(readRecord(store, record.id)).toEqual(record);
    await expect(ingestSeedsInto(seeds, summariseLetter)).rejects.toMatchObject({ errors: [expect.objectContaining({ ruleId: 'duplicate-id' })] });
  });

  it('fails whole when a letter cannot be stored, instead of refusing its seed', async () => {
    const blocked = join(work, 'blocked');
    await writeFile(blocked, 'a file where the store would go');
    await expect(ingestSeedsInto('seeds', (record) => (writeRecord(blocked, record), summariseLetter(record)), { keepGoing: true })).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});

/**
 * The record store on the five seed letters: records and summaries read back as
 * written, and a damaged record is refused by file (the build's ingest into
 * the store is tested in tests/build/ingestIntoStore.test.ts).
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSeeds } from '../../src/ingest/ingestSeeds.ts';
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

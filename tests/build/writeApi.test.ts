import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readApi } from '../../src/build/readApi.ts';
import { apiFileOf, writeApi } from '../../src/build/writeApi.ts';
import { writeRecordStore } from '../../src/records/recordStore.ts';
import { Archive, type LetterRecord } from '../../src/records/schema.ts';

let dir: string;
let records: LetterRecord[];

beforeAll(async () => {
  records = Archive.parse(JSON.parse(await readFile('tests/site/fixtures/letters.json', 'utf8')));
  dir = await mkdtemp(join(tmpdir(), 'write-api-'));
  const store = join(dir, 'store');
  await writeApi(writeRecordStore(store, records), store, dir);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(join(dir, 'api', path), 'utf8'));

describe('writeApi', () => {
  it('writes one file per month of letter date, in order, which together hold the records', async () => {
    const months = [...new Set(records.map((record) => record.letterDate.slice(0, 7)))].sort();
    expect((await readdir(join(dir, 'api', 'documents'))).sort()).toEqual(months.map((month) => `${month}.json`));
    for (const month of months) expect(await readJson(`documents/${month}.json`)).toEqual(records.filter((record) => record.letterDate.startsWith(month)));
    expect(await readApi(dir)).toEqual(records);
  });

  it('lists every letter in documents.json with its symbols and the file that holds it', async () => {
    expect(await readJson('documents.json')).toEqual(
      records.map((record) => ({ id: record.id, letterDate: record.letterDate, symbols: record.symbols, file: apiFileOf(record.letterDate) })),
    );
    expect(apiFileOf('2007-06-07')).toBe('/api/documents/2007-06.json');
  });

  it('writes a JSON Schema that the documents satisfy and a broken letter does not', async () => {
    const schema = (await readJson('schema.json')) as { type: string; items: { $ref: string }; $defs: { LetterRecord: Record<string, unknown>; Catalogue: Record<string, unknown> } };
    expect(schema.type).toBe('array');
    expect(schema.items.$ref).toBe('#/$defs/LetterRecord');
    const letter = z.fromJSONSchema(schema.$defs.LetterRecord as Parameters<typeof z.fromJSONSchema>[0]);
    for (const record of records) expect(letter.safeParse(record).success).toBe(true);
    const first = records[0] as LetterRecord;
    expect(letter.safeParse({ ...first, letterDate: '7 June 2007' }).success).toBe(false);
    expect(letter.safeParse({ ...first, id: 'Not A Slug' }).success).toBe(false);
    const { body: _body, ...withoutBody } = first;
    expect(letter.safeParse(withoutBody).success).toBe(false);
    const catalogue = z.fromJSONSchema(schema.$defs.Catalogue as Parameters<typeof z.fromJSONSchema>[0]);
    expect(catalogue.safeParse(await readJson('documents.json')).success).toBe(true);
    expect(catalogue.safeParse([{ id: first.id }]).success).toBe(false);
    // The genre fields are part of the published contract too.
    expect(letter.safeParse({ ...first, kind: 'memo' }).success).toBe(false);
    expect(letter.safeParse({ ...first, addressees: [] }).success).toBe(false);
    expect(letter.safeParse({ ...first, sender: { ...first.sender, code: 'AZ' } }).success).toBe(false);
    expect(letter.safeParse({ ...first, originalLanguage: 'de' }).success).toBe(false);
    expect(letter.safeParse({ ...first, signatory: null }).success).toBe(true);
  });
});

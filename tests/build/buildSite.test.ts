import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/buildSite.ts';
import { headersFile } from '../../src/layouts/contentSecurityPolicy.ts';
import { writeRecordStore } from '../../src/records/recordStore.ts';
import type { LetterRecord } from '../../src/records/schema.ts';

const fixture = 'tests/site/fixtures/letters.json';
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'build-site-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('buildSite', () => {
  it('renders a page for every letter of the record store, and the _headers file', { timeout: 120_000 }, async () => {
    const outDir = join(work, 'site');
    const records = JSON.parse(await readFile(fixture, 'utf8')) as LetterRecord[];
    writeRecordStore(join(work, 'store'), records);
    await buildSite({ storeDir: join(work, 'store'), outDir });
    expect((await readdir(join(outDir, 'letters'))).sort()).toEqual(records.map(({ id }) => id).sort());
    for (const { id, title } of records) {
      expect(await readFile(join(outDir, 'letters', id, 'index.html'), 'utf8')).toContain(title);
    }
    expect(await readFile(join(outDir, '_headers'), 'utf8')).toBe(headersFile());
  });

  it('fails with the reason when the pages cannot be rendered', { timeout: 120_000 }, async () => {
    const records = JSON.parse(await readFile(fixture, 'utf8')) as LetterRecord[];
    records[0]!.letterDate = 'someday';
    writeRecordStore(join(work, 'broken'), records);
    await expect(buildSite({ storeDir: join(work, 'broken'), outDir: join(work, 'broken-site') })).rejects.toThrow(/letterDate/);
  });
});

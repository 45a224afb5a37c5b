import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFileMessage } from 'vfile-message';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openIngestCache } from '../../src/ingest/ingestCache.ts';
import { ingestSeeds } from '../../src/ingest/ingestSeeds.ts';

const fixture = await readFile(new URL('./fixtures/canonical/letter-000.md', import.meta.url), 'utf8');
const letter = (date: string, symbols = '[]') =>
  `---\nsymbols: ${symbols}\n---\n\n# ${date}阿塞拜疆常驻联合国代表给秘书长的信\n\n正文。\n\n<!-- signature -->\n常驻代表\\\n大使\n`;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-seeds-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The AggregateError `ingestSeeds(dir)` is refused with. */
async function refusal(): Promise<AggregateError> {
  const error = await ingestSeeds(dir).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AggregateError);
  return error as AggregateError;
}

describe('ingestSeeds', () => {
  it('reads every .txt and .md seed, sorted by date then id, and ignores other files', async () => {
    await writeFile(join(dir, 'b.md'), letter('2021 年 5 月 15 日', '[S/2021/2]'));
    await writeFile(join(dir, 'a.md'), letter('2021 年 5 月 15 日', '[S/2021/1]'));
    await writeFile(join(dir, 'c.md'), fixture);
    await writeFile(join(dir, 'notes.json'), '{}');
    const records = await ingestSeeds(dir);
    expect(records.map((record) => [record.letterDate, record.id, record.source])).toEqual([
      ['2007-06-07', 'a-61-947-s-2007-339', '000_d83968b591f3d1da.txt'],
      ['2021-05-15', 's-2021-1', 'a.md'],
      ['2021-05-15', 's-2021-2', 'b.md'],
    ]);
  });

  it('with a cache, re-ingests only new or changed seeds and returns the same records', async () => {
    const seeds = join(dir, 'seeds');
    await mkdir(seeds);
    await writeFile(join(seeds, 'a.md'), letter('2021 年 5 月 15 日', '[S/2021/1]'));
    await writeFile(join(seeds, 'c.md'), fixture);
    const cacheDir = join(dir, 'cache');
    const fresh = await ingestSeeds(seeds);

    const first = openIngestCache(cacheDir);
    expect(await ingestSeeds(seeds, { cache: first })).toEqual(fresh);
    expect(first.stats).toEqual({ hits: 0, misses: 2 });

    await writeFile(join(seeds, 'b.md'), letter('2021 年 5 月 16 日', '[S/2021/2]'));
    await writeFile(join(seeds, 'a.md'), letter('2021 年 5 月 14 日', '[S/2021/1]'));
    const second = openIngestCache(cacheDir);
    const records = await ingestSeeds(seeds, { cache: second });
    expect(second.stats).toEqual({ hits: 1, misses: 2 });
    expect(records).toEqual(await ingestSeeds(seeds));
    expect(records.find((record) => record.source === 'a.md')?.letterDate).toBe('2021-05-14');
  });

  it('reports every bad file, not just the first', async () => {
    await writeFile(join(dir, 'a.md'), '---\nsymbols: []\n---\n\n正文。\n');
    await writeFile(join(dir, 'b.md'), letter('2021 年 5 月 15 日'));
    await writeFile(join(dir, 'c.md'), '---\nsymbols: []\n---\n\n# 没有日期的信\n\n正文。\n');
    const error = await refusal();
    expect(error.errors).toHaveLength(2);
    for (const message of error.errors) expect(message).toBeInstanceOf(VFileMessage);
    expect(error.errors.map((message: VFileMessage) => [message.file, message.line])).toEqual([
      [join(dir, 'a.md'), 5],
      [join(dir, 'c.md'), 5],
    ]);
  });

  it('refuses two files with the same letter id, naming both', async () => {
    await writeFile(join(dir, 'first.md'), letter('2021 年 5 月 15 日'));
    await writeFile(join(dir, 'second.md'), letter('2021 年 5 月 15 日'));
    const [message] = (await refusal()).errors as VFileMessage[];
    expect(message?.file).toBe(join(dir, 'second.md'));
    expect(message?.reason).toContain('letter-2021-05-15');
    expect(message?.reason).toContain(join(dir, 'first.md'));
  });

  it('gives two different letters without symbols on one date distinct ids', async () => {
    await writeFile(join(dir, 'first.md'), letter('2021 年 5 月 15 日'));
    await writeFile(join(dir, 'second.md'), letter('2021 年 5 月 15 日').replace('正文。', '另一封信的正文。'));
    const records = await ingestSeeds(dir);
    expect(records.map((record) => record.source).sort()).toEqual(['first.md', 'second.md']);
    expect(new Set(records.map((record) => record.id)).size).toBe(2);
    for (const record of records) expect(record.id).toMatch(/^letter-2021-05-15-aze-[0-9a-f]{8}$/);
  });

  it('reports a seed that cannot be read (a broken link) by name, and reads a linked one', async () => {
    await symlink(join(dir, 'missing.txt'), join(dir, 'broken.txt'));
    await writeFile(join(dir, 'target.md'), letter('2021 年 5 月 15 日'));
    await mkdir(join(dir, 'linked'));
    await symlink(join(dir, 'target.md'), join(dir, 'linked', 'letter.md'));
    const { records, failures } = await ingestSeeds(dir, { keepGoing: true });
    expect(failures.map((failure) => [failure.file, failure.reason])).toEqual([[join(dir, 'broken.txt'), 'cannot read the file: ENOENT']]);
    expect((await ingestSeeds(join(dir, 'linked'))).map((record) => record.source)).toEqual(['letter.md']);
    expect(records.map((record) => record.source)).toEqual(['target.md']);
  });

  it('with keepGoing, returns the good letters and the failures', async () => {
    await writeFile(join(dir, 'a.md'), letter('2021 年 5 月 15 日'));
    await writeFile(join(dir, 'b.md'), '');
    const { records, failures } = await ingestSeeds(dir, { keepGoing: true });
    expect(records.map((record) => record.source)).toEqual(['a.md']);
    expect(failures.map((failure) => failure.file)).toEqual([join(dir, 'b.md')]);
  });

  it('gives the same record for the same name and bytes, wherever the file sits', async () => {
    await writeFile(join(dir, 'a.md'), fixture);
    const other = await mkdtemp(join(tmpdir(), 'ingest-seeds-'));
    try {
      await writeFile(join(other, 'a.md'), fixture);
      expect(await ingestSeeds(other)).toEqual(await ingestSeeds(dir));
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});

import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildArchive } from '../../src/build/buildArchive.ts';
import { readApi } from '../../src/build/readApi.ts';
import { apiFileOf } from '../../src/build/writeApi.ts';
import { buildSearchIndex } from '../../src/search/buildSearchIndex.ts';

// The real index stage, made to fail on demand to show that a build failing late
// (after its pages are written) leaves the published site alone.
vi.mock('../../src/search/buildSearchIndex.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/search/buildSearchIndex.ts')>();
  return { ...real, buildSearchIndex: vi.fn(real.buildSearchIndex) };
});

/** Every file under `dir` with the SHA-256 of its bytes, keyed by relative path. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((item) => item.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return files;
}

let work: string;
let first: Record<string, string>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'build-archive-'));
  await buildArchive({ seedsDir: 'seeds', outDir: join(work, 'first') });
  first = await snapshot(join(work, 'first'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('buildArchive', () => {
  it('writes the pages, the API files and the search index of every letter', async () => {
    const api = await readApi(join(work, 'first'));
    expect(api).toHaveLength((await readdir('seeds')).length);
    for (const record of api) {
      expect(first).toHaveProperty(join(record.url.slice(1), 'index.html'));
      expect(first).toHaveProperty(apiFileOf(record.letterDate).slice(1));
    }
    expect(first).toHaveProperty(join('api', 'schema.json'));
  });

  it('is reproducible: two builds of the same seeds are byte-identical', async () => {
    await buildArchive({ seedsDir: 'seeds', outDir: join(work, 'second') });
    expect(await snapshot(join(work, 'second'))).toEqual(first);
  });

  it('builds over the last build by copying the pages and index bundles a new letter leaves unchanged, to the same bytes as a fresh build', async () => {
    const api = await readApi(join(work, 'first'));
    const newest = api.reduce((a, b) => (b.letterDate > a.letterDate ? b : a));
    const olderSeeds = join(work, 'older-seeds');
    await cp('seeds', olderSeeds, { recursive: true });
    await rm(join(olderSeeds, newest.source));
    const out = join(work, 'grown');
    await buildArchive({ seedsDir: olderSeeds, outDir: out });
    const log: string[] = [];
    await buildArchive({ seedsDir: 'seeds', outDir: out, log: (line) => log.push(line) });
    // Only pages whose letter cites the new one change; the others are copied, and so are the listing pages of its other years.
    const citing = api.filter((record) => record !== newest && record.citations.some(({ symbol }) => newest.symbols.some((own) => symbol.includes(own))));
    const otherYears = new Set(api.map((record) => record.letterDate.slice(0, 4)).filter((year) => year !== newest.letterDate.slice(0, 4)));
    expect(otherYears.size).toBeGreaterThan(0);
    const pagesLine = log.find((line) => line.startsWith('pages: '));
    expect(pagesLine).toMatch(new RegExp(` ${api.length - 1 - citing.length} of ${api.length} letter pages and (\\d+) of \\d+ listing pages unchanged`));
    expect(Number(/and (\d+) of/.exec(pagesLine ?? '')?.[1])).toBeGreaterThanOrEqual(otherYears.size);
    expect(await snapshot(out)).toEqual(first);
  }, 300_000);

  it('is atomic: bad input leaves the previous output byte for byte and no staging folder', async () => {
    const badSeeds = join(work, 'bad-seeds');
    await cp('seeds', badSeeds, { recursive: true });
    await writeFile(join(badSeeds, '999_empty.txt'), '');
    await expect(buildArchive({ seedsDir: badSeeds, outDir: join(work, 'first') })).rejects.toMatchObject({
      errors: [expect.objectContaining({ file: expect.stringContaining('999_empty.txt') })],
    });
    expect(await snapshot(join(work, 'first'))).toEqual(first);
    expect((await readdir(work)).filter((name) => name.startsWith('.staging-'))).toEqual([]);
  });

  it('is atomic: two seeds of one letter leave the previous output byte for byte and no record store behind', async () => {
    const twinSeeds = join(work, 'twin-seeds');
    await cp('seeds', twinSeeds, { recursive: true });
    const [seed] = (await readdir(twinSeeds)).sort() as [string];
    await cp(join(twinSeeds, seed), join(twinSeeds, `zz-${seed}`));
    await expect(buildArchive({ seedsDir: twinSeeds, outDir: join(work, 'first') })).rejects.toMatchObject({
      errors: [expect.objectContaining({ ruleId: 'duplicate-id', file: expect.stringContaining(`zz-${seed}`) })],
    });
    expect(await snapshot(join(work, 'first'))).toEqual(first);
    expect((await readdir(work)).filter((name) => name.startsWith('.staging-'))).toEqual([]);
  });

  it('is atomic: a build failing after its pages are written leaves the previous output byte for byte', async () => {
    const fewerSeeds = join(work, 'fewer-seeds');
    await cp('seeds', fewerSeeds, { recursive: true });
    await rm(join(fewerSeeds, (await readdir(fewerSeeds))[0] ?? ''));
    vi.mocked(buildSearchIndex).mockRejectedValueOnce(new Error('disk full'));
    await expect(buildArchive({ seedsDir: fewerSeeds, outDir: join(work, 'first') })).rejects.toThrow('disk full');
    expect(await snapshot(join(work, 'first'))).toEqual(first);
    expect((await readdir(work)).filter((name) => name.startsWith('.staging-'))).toEqual([]);
  });
});

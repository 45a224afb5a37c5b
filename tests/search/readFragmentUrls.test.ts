/**
 * Naming stock Pagefind's results from their ids: the fragment files of a stock
 * index over the seed site give every indexed page's URL, one per page Pagefind
 * counted; files that are not single-page fragments are refused by name.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readApi } from '../../src/build/readApi.ts';
import { buildStockIndex } from '../../src/search/quality/buildStockIndex.ts';
import { readFragmentUrls } from '../../src/search/quality/readFragmentUrls.ts';
import { testSiteDist } from '../support/testSite.ts';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'fragment-urls-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('over a stock index of the seed site', () => {
  it('names every page Pagefind indexed, every letter among them, by the id of its fragment file', async () => {
    const siteDir = await testSiteDist();
    const stockDir = join(work, 'stock');
    await buildStockIndex(siteDir, stockDir);
    const urls = await readFragmentUrls(join(stockDir, 'pagefind'));

    const entry = JSON.parse(await readFile(join(stockDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(urls.size).toBe(pages);
    expect(new Set(urls.values()).size).toBe(pages);

    const records = await readApi(siteDir);
    expect([...urls.values()]).toEqual(expect.arrayContaining(records.map((record) => record.url)));

    const files = (await readdir(join(stockDir, 'pagefind', 'fragment'))).map((name) => name.replace(/\.pf_fragment$/, ''));
    expect([...urls.keys()].sort()).toEqual(files.sort());
  });
});

describe('files that are not single-page fragments', () => {
  async function fragmentDir(name: string, content: string): Promise<string> {
    const dir = join(work, name);
    await mkdir(join(dir, 'fragment'), { recursive: true });
    await writeFile(join(dir, 'fragment', 'en_abc1234.pf_fragment'), gzipSync(content));
    return dir;
  }

  it('refuses a fragment without Pagefind’s signature', async () => {
    const dir = await fragmentDir('unsigned', JSON.stringify({ url: '/a/' }));
    await expect(readFragmentUrls(dir)).rejects.toThrow(/en_abc1234\.pf_fragment: not a Pagefind fragment/);
  });

  it('refuses a fragment group (hash → fragment) rather than guess its pages', async () => {
    const dir = await fragmentDir('group', `pagefind_dcd${JSON.stringify({ en_def5678: { url: '/b/' } })}`);
    await expect(readFragmentUrls(dir)).rejects.toThrow(/en_abc1234\.pf_fragment: a Pagefind fragment without a url/);
  });

  it('reads a well-formed one', async () => {
    const dir = await fragmentDir('single', `pagefind_dcd${JSON.stringify({ url: '/letters/x/', content: '…' })}`);
    expect(await readFragmentUrls(dir)).toEqual(new Map([['en_abc1234', '/letters/x/']]));
  });
});

/** addPreloads: the index's first files linked from a built page's head, the page replaced whole. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPreloads } from '../../src/build/addPreloads.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'add-preloads-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('addPreloads', () => {
  it('links each file as a fetch preload at the end of the head, in order, and leaves the rest of the page as it was', async () => {
    const page = join(dir, 'index.html');
    await writeFile(page, '<!doctype html><html lang="zh-CN"><head><title>搜索</title></head><body><p>&lt;/head&gt;</p></body></html>');
    await addPreloads(page, ['/pagefind/pagefind-entry.json?ts=ab&c"d', '/pagefind/wasm.unknown.pagefind']);
    expect(await readFile(page, 'utf8')).toBe(
      '<!doctype html><html lang="zh-CN"><head><title>搜索</title>' +
        '<link rel="preload" href="/pagefind/pagefind-entry.json?ts=ab&amp;c&quot;d" as="fetch" crossorigin="anonymous">' +
        '<link rel="preload" href="/pagefind/wasm.unknown.pagefind" as="fetch" crossorigin="anonymous">' +
        '</head><body><p>&lt;/head&gt;</p></body></html>',
    );
    expect(await readdir(dir)).toEqual(['index.html']);
  });

  it('refuses a page without exactly one </head>, naming it, and leaves it untouched', async () => {
    const page = join(dir, 'index.html');
    const html = '<html><body>no head</body></html>';
    await writeFile(page, html);
    await expect(addPreloads(page, ['/pagefind/a'])).rejects.toThrow(`${page}: expected one </head> to add preloads before, found 0`);
    expect(await readFile(page, 'utf8')).toBe(html);
  });
});

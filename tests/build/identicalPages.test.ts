import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { identicalPages } from '../../src/build/identicalPages.ts';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'identical-pages-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

describe('identicalPages', () => {
  it('names the HTML pages whose bytes are the last build’s, and no page that is new or changed', async () => {
    const previous = await site({ 'index.html': '<p>一</p>', 'years/2007/index.html': '<p>2007</p>', 'senders/aze/index.html': '<p>3 封</p>', 'feed.xml': '<feed/>' });
    const next = await site({ 'index.html': '<p>一</p>', 'years/2007/index.html': '<p>2007</p>', 'senders/aze/index.html': '<p>4 封</p>', 'years/2008/index.html': '<p>2008</p>', 'feed.xml': '<feed/>' });
    expect([...(await identicalPages(next, previous, new Set()))].sort()).toEqual(['index.html', 'years/2007/index.html']);
    // A page the build copied from the last one is counted without being compared again.
    expect([...(await identicalPages(next, previous, new Set(['letters/a/index.html'])))].sort()).toEqual(['index.html', 'letters/a/index.html', 'years/2007/index.html']);
  });
});

import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkTree } from '../../src/build/linkTree.ts';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('linkTree', () => {
  it('copies a folder tree by hard-linking its files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'link-tree-'));
    dirs.push(dir);
    await mkdir(join(dir, 'from', 'letters', 'a'), { recursive: true });
    await writeFile(join(dir, 'from', 'letters', 'a', 'index.html'), '<p>一</p>');
    await writeFile(join(dir, 'from', 'layout.json'), '{}');
    await linkTree(join(dir, 'from'), join(dir, 'to'));
    for (const file of ['letters/a/index.html', 'layout.json']) {
      expect(await readFile(join(dir, 'to', file), 'utf8')).toBe(await readFile(join(dir, 'from', file), 'utf8'));
      expect((await stat(join(dir, 'to', file))).ino).toBe((await stat(join(dir, 'from', file))).ino);
    }
  });
});

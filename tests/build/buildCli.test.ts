import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readApi } from '../../src/build/readApi.ts';

const run = promisify(execFile);

/** Runs `npm run build` as a user would, returning its exit code and output. */
async function build(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/build.ts', ...args], { env: { ...process.env, CI: 'true' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let work: string;
let seeds: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'build-cli-'));
  seeds = join(work, 'seeds');
  await cp('seeds', seeds, { recursive: true });
  // A letter whose title states no date, among the five good ones.
  await writeFile(join(seeds, '900_undated.txt'), '## 阿塞拜疆常驻联合国代表给秘书长的信\n\n谨随函附上声明。\n');
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('npm run build', () => {
  it('refuses a bad seed by file and line, exits non-zero and writes nothing', async () => {
    const out = join(work, 'strict');
    const result = await build('--seeds', seeds, '--out', out);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/900_undated\.txt:\d+(:\d+)?: .*date/);
    expect(existsSync(out)).toBe(false);
  });

  it('with --keep-going publishes the valid letters, reports the refused one and still exits non-zero', async () => {
    const out = join(work, 'keep-going');
    const result = await build('--seeds', seeds, '--out', out, '--keep-going');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/900_undated\.txt:\d+(:\d+)?: .*date/);
    const letters = await readApi(out);
    expect(letters.map((letter) => letter.source).sort()).toEqual((await readdir('seeds')).sort());
    // Built outside the project, the folder holds the site and nothing else: none of Astro's server chunks.
    const files = await readdir(out, { recursive: true });
    expect(files.filter((file) => /\.(mjs|map)$/.test(file))).toEqual([]);
    expect(files).toContain('favicon.ico');
  });
});

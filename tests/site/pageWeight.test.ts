/**
 * A letter page's own weight — its HTML and the CSS and JS it loads, search
 * excluded — measured over the built seeds and written to
 * `test-results/page-weight.json` for the README. No framework runtime ships:
 * the only scripts are the site's own small files.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LetterRecord } from '../../src/records/schema.ts';
import { builtRecords } from '../support/builtRecords.ts';
import { startSite, type TestSite } from '../support/testSite.ts';

let site: TestSite;
let records: LetterRecord[];

beforeAll(async () => {
  site = await startSite();
  records = await builtRecords(site.distDir);
});

afterAll(() => site?.close());

/** Bytes of a file of the built site, raw and gzipped. */
async function weigh(path: string): Promise<{ raw: number; gzip: number }> {
  const file = await readFile(join(site.distDir, path.endsWith('/') ? `${path}index.html` : path));
  return { raw: file.length, gzip: gzipSync(file, { level: 9 }).length };
}

/** The scripts and every module they import, statically, each once. */
async function withImports(scripts: string[]): Promise<string[]> {
  const found = new Set<string>();
  const pending = [...scripts];
  while (pending.length > 0) {
    const src = pending.pop() as string;
    if (found.has(src)) continue;
    found.add(src);
    const code = await readFile(join(site.distDir, src), 'utf8');
    for (const [, path] of code.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) pending.push(new URL(path as string, `http://site${src}`).pathname);
  }
  return [...found];
}

it('keeps each letter page small, with no framework runtime', async () => {
  const rows = [];
  for (const record of records) {
    const html = await readFile(join(site.distDir, record.url, 'index.html'), 'utf8');
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1] as string);
    // Search's own scripts (Pagefind, the hit highlighter) are not the page's weight.
    const js = await withImports([...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map((match) => match[1] as string).filter((src) => !/^\/pagefind\/|Search/.test(src)));
    const parts = { html: await weigh(record.url), css: await Promise.all(css.map(weigh)), js: await Promise.all(js.map(weigh)) };
    const sum = (list: { raw: number; gzip: number }[]) => ({ raw: list.reduce((total, part) => total + part.raw, 0), gzip: list.reduce((total, part) => total + part.gzip, 0) });
    const all = sum([parts.html, ...parts.css, ...parts.js]);
    rows.push({ url: record.url, blocks: record.body.length + record.annexes.reduce((total, annex) => total + annex.blocks.length, 0), html: parts.html, css: sum(parts.css), js: sum(parts.js), total: all, scripts: js });

    // The scripts are the site's own (bundled by Astro from src/components/*.client.ts), a few hundred bytes each.
    expect(sum(parts.js).raw, record.url).toBeLessThan(4_000);
    expect(sum(parts.css).raw, record.url).toBeLessThan(16_000);
    expect(html).not.toMatch(/astro-island|react|vue|svelte|preact/i);
    // Markup stays proportionate to the text: under 1 kB of HTML per block on average, plus the frame.
    expect(parts.html.raw, record.url).toBeLessThan(12_000 + 1_000 * rows[rows.length - 1]!.blocks + 400 * record.footnotes.length + 200 * record.citations.length);
  }
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/page-weight.json', `${JSON.stringify(rows, null, 2)}\n`);
});

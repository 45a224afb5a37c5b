/**
 * A letter page shows a list printed one item per line as one list, each item
 * with its id and printed bullet, valid (the build validates every page) and
 * free of axe violations, in Chromium.
 */
import AxeBuilder from '@axe-core/playwright';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/build/buildArchive.ts';
import { guardContext, launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/serveStatic.ts';

const layouts = new URL('../ingest/fixtures/layouts/', import.meta.url).pathname;
let work: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'list-items-'));
  const seeds = join(work, 'seeds');
  await mkdir(seeds);
  for (const name of ['body-bulleted-list.txt', 'annex-state-list.txt']) await cp(join(layouts, name), join(seeds, name));
  await buildArchive({ seedsDir: seeds, outDir: join(work, 'dist') });
  server = await serveStatic(join(work, 'dist'));
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

describe('a letter page with lists', () => {
  it('shows each run of items as one list, with each item’s id and printed bullet, between the paragraphs around it', async () => {
    const context = await browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/letters/a-78-718/`);
    const body = await page.$$eval('#letter-text > *', (elements) => elements.map((element) => element.tagName.toLowerCase()));
    expect(body).toEqual(['p', 'ul', 'p', 'p']);
    const items = await page.$$eval('#letter-text ul.items > li', (elements) => elements.map((element) => [element.id, element.textContent?.trim().slice(0, 6)]));
    expect(items).toEqual([
      ['body-b2', '•科摩罗：该'],
      ['body-b3', '•圣多美和普'],
      ['body-b4', '•索马里：该'],
    ]);
    expect(await new AxeBuilder({ page }).analyze().then((result) => result.violations.map((violation) => violation.id))).toEqual([]);
    expect(guard.problems).toEqual([]);
    await context.close();
  });

  it('lists an annex’s states as items of one list, which a reader can link to', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/letters/a-78-811/#annex-b4`);
    const states = await page.$$eval('#annex ul.items > li', (elements) => elements.map((element) => element.textContent?.trim()));
    expect(states).toHaveLength(12);
    expect(states.slice(0, 3)).toEqual(['阿尔巴尼亚', '安道尔', '阿根廷']);
    expect(await page.$eval(':target', (element) => element.textContent?.trim())).toBe('安道尔');
    await context.close();
  });
});

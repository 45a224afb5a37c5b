/**
 * A letter page shows a list printed one item per line as one list, each item
 * with its id and printed bullet, and a table as a table under its header row;
 * valid (the build validates every page) and free of axe violations, in Chromium.
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
  work = await mkdtemp(join(tmpdir(), 'lists-tables-'));
  const seeds = join(work, 'seeds');
  await mkdir(seeds);
  for (const name of ['body-bulleted-list.txt', 'annex-state-list.txt', 'annex-table-columns.txt']) await cp(join(layouts, name), join(seeds, name));
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

describe('a letter page with tables', () => {
  it('shows each table under its header row, cells as printed, and scrolls it on a phone rather than the page', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const guard = await guardContext(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/letters/s-2024-97/`);
    const tables = await page.$$eval('#annex .block.table', (blocks) =>
      blocks.map((block) => ({
        id: block.id,
        header: [...block.querySelectorAll('thead th[scope="col"]')].map((cell) => cell.textContent?.trim()),
        rows: [...block.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim())),
      })),
    );
    expect(tables.map(({ id, header }) => [id, header])).toEqual([
      ['annex-b3', ['日期', '时间', '地点', '侵犯情况']],
      ['annex-b5', ['日期', '地点']],
    ]);
    expect(tables[0]?.rows).toHaveLength(4);
    expect(tables[0]?.rows[1]).toEqual(['2023 年 12 月 3 日', '14:00', '舍巴农场', '以色列敌方向黎巴嫩领土发射 4 枚炮弹']);
    expect(tables[1]?.rows.map((row) => row[1])).toEqual(['比纳特朱拜勒', '海亚姆', '鲁迈什']);
    // The page itself never scrolls sideways; a wide table scrolls in its own region, which the keyboard can reach.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await new AxeBuilder({ page }).analyze().then((result) => result.violations.map((violation) => violation.id))).toEqual([]);
    expect(guard.problems).toEqual([]);
    await context.close();
  });
});

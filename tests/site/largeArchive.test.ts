/**
 * The browsing pages at a size that paginates: 400 synthetic letters (the seed
 * formats, `npm run synth`) through the real build, once, walked in Chromium by
 * following each listing's 下一页 link. Every letter is listed exactly once, in
 * order, across the pages of home, each year, topic, sender and session; every
 * page of a listing, and every index page, stays under 300 kB. Set
 * TEST_LARGE_SITE_DIST to a built site to reuse it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { agendaTopics } from '../../src/records/agendaTopics.ts';
import { archiveSenders } from '../../src/records/archiveSenders.ts';
import type { LetterRecord } from '../../src/records/schema.ts';
import { PAGE_SIZE } from '../../src/components/utils/paginateList.ts';
import { groupBy } from '../../src/components/utils/groupBy.ts';
import { guardContext, launchBrowser, type PageGuard } from '../support/browser.ts';
import { builtRecords } from '../support/builtRecords.ts';
import { serveStatic, type StaticServer } from '../support/serveStatic.ts';

const run = promisify(execFile);
const LETTERS = 400;
/** The most HTML one listing page may weigh. */
const MAX_PAGE_BYTES = 300_000;

let work: string | undefined;
let distDir: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let guard: PageGuard;
let records: LetterRecord[];

beforeAll(async () => {
  if (process.env.TEST_LARGE_SITE_DIST) {
    distDir = resolve(process.env.TEST_LARGE_SITE_DIST);
  } else {
    work = await mkdtemp(join(tmpdir(), 'large-archive-'));
    distDir = join(work, 'dist');
    // Child processes keep vitest's environment out of Astro's build (as tests/support/testSite.ts does).
    const env = { ...process.env, NODE_ENV: 'production' };
    const tsx = resolve('node_modules/.bin/tsx');
    await run(tsx, ['scripts/synth.ts', '--letters', String(LETTERS), '--out', join(work, 'seeds')], { env });
    await run(tsx, ['scripts/build.ts', '--seeds', join(work, 'seeds'), '--out', distDir], { env, maxBuffer: 64 << 20 });
  }
  records = await builtRecords(distDir);
  server = await serveStatic(distDir);
  browser = await launchBrowser();
  context = await browser.newContext();
  guard = await guardContext(context);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

interface Walked {
  /** `[data-letter]` ids over all pages, in order. */
  ids: string[];
  /** Per page: its path, the year heading of each letter, its HTML bytes. */
  pages: { path: string; years: (string | undefined)[]; bytes: number }[];
}

/** Reads a listing from its first page, following 下一页 to the last, checking its pagination bar on the way. */
async function walk(page: Page, base: string): Promise<Walked> {
  const walked: Walked = { ids: [], pages: [] };
  let path: string | undefined = base;
  while (path) {
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status(), path).toBe(200);
    const found = await page.evaluate(() => {
      const nav = document.querySelector('nav[aria-label="分页"]');
      return {
        items: [...document.querySelectorAll('[data-letter]')].map((item) => ({
          id: item.getAttribute('data-letter') as string,
          year: item.closest('section')?.querySelector('h2')?.textContent?.trim(),
        })),
        navs: document.querySelectorAll('nav[aria-label="分页"]').length,
        current: nav?.querySelector('a[aria-current="page"]')?.getAttribute('href'),
        next: nav?.querySelector('a[rel="next"]')?.getAttribute('href') ?? undefined,
        prev: nav?.querySelector('a[rel="prev"]')?.getAttribute('href') ?? undefined,
        numbers: [...(nav?.querySelectorAll('a[aria-label^="第 "]') ?? [])].map((link) => link.getAttribute('href') as string),
      };
    });
    const number = walked.pages.length + 1;
    const html = await readFile(join(distDir, path, 'index.html'));
    walked.pages.push({ path, years: found.items.map((item) => item.year), bytes: html.length });
    walked.ids.push(...found.items.map((item) => item.id));

    // One bar per page, and only when there is more than one page.
    if (found.navs === 1) {
      expect(found.current, path).toBe(path);
      expect(found.prev, path).toBe(number === 1 ? undefined : walked.pages[number - 2]?.path);
      expect(found.numbers, path).toContain(base);
    } else {
      expect(found.navs, path).toBe(0);
      expect(number, path).toBe(1);
      expect(found.next, path).toBeUndefined();
    }
    path = found.next;
  }
  return walked;
}

describe(`a listing of ${LETTERS} letters`, () => {
  it('home: every letter exactly once across its pages, in date order, grouped by year; each page small', async () => {
    const page = await context.newPage();
    const home = await walk(page, '/');
    expect(home.ids).toEqual(records.map((record) => record.id));
    expect(home.pages.map((listing) => listing.path)).toEqual(
      Array.from({ length: Math.ceil(LETTERS / PAGE_SIZE) }, (_, index) => (index === 0 ? '/' : `/page/${index + 1}/`)),
    );
    const years = home.pages.flatMap((listing) => listing.years);
    expect(years).toEqual(records.map((record) => `${record.letterDate.slice(0, 4)} 年`));
    for (const listing of home.pages) expect(listing.bytes, listing.path).toBeLessThan(MAX_PAGE_BYTES);

    // The year index on the first page leads to every year's pages.
    await page.goto(`${server.url}/`);
    const yearLinks = await page.$$eval('nav[aria-label="按年份"] a', (links) => links.map((link) => link.getAttribute('href')));
    expect(yearLinks).toEqual([...groupBy(records, (record) => record.letterDate.slice(0, 4)).keys()].map((year) => `/years/${year}/`));
    await page.close();
  });

  it('every page number in a bar leads to that page, the current one marked', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/page/2/`);
    const links = await page.$$eval('nav[aria-label="分页"] a', (anchors) => anchors.map((anchor) => ({ href: anchor.getAttribute('href') as string, label: anchor.getAttribute('aria-label') })));
    for (const { href, label } of links.filter((link) => link.label)) {
      await page.goto(`${server.url}${href}`);
      const current = await page.$eval('nav[aria-label="分页"] a[aria-current="page"]', (anchor) => anchor.getAttribute('aria-label'));
      expect(current, href).toBe(label);
    }
    await page.close();
  });

  it('each agenda topic: its letters exactly once across as many pages as they need', { timeout: 600_000 }, async () => {
    const page = await context.newPage();
    const topics = agendaTopics(records);
    for (const topic of topics) {
      const walked = await walk(page, `/topics/${topic.id}/`);
      expect(walked.ids, topic.id).toEqual(topic.letters.map((record) => record.id));
      // The diverse corpus spreads 400 letters over some 150 topics: few or none need a second page.
      expect(walked.pages.length, topic.id).toBe(Math.max(1, Math.ceil(topic.letters.length / PAGE_SIZE)));
      for (const listing of walked.pages) expect(listing.bytes, listing.path).toBeLessThan(MAX_PAGE_BYTES);
    }

    // The topic index stays a row per topic.
    await page.goto(`${server.url}/topics/`);
    expect(await page.locator('main table.topic-index tbody tr').count()).toBe(topics.length);
    expect((await readFile(join(distDir, 'topics', 'index.html'))).length).toBeLessThan(MAX_PAGE_BYTES);
    await page.close();
  });

  it('each sender: its letters exactly once across its pages; the senders index reaches every one', { timeout: 600_000 }, async () => {
    const page = await context.newPage();
    const senders = archiveSenders(records);
    await page.goto(`${server.url}/senders/`);
    const listed = await page.$$eval('main section li a', (links) => links.map((link) => link.getAttribute('href')));
    expect(listed).toEqual(senders.map((sender) => `/senders/${sender.slug}/`));
    for (const sender of senders) {
      const walked = await walk(page, `/senders/${sender.slug}/`);
      expect(walked.ids, sender.slug).toEqual(sender.letters.map((record) => record.id));
      for (const listing of walked.pages) expect(listing.bytes, listing.path).toBeLessThan(MAX_PAGE_BYTES);
    }
    await page.close();
  });

  it('a chair’s letter names its office, linked to the sender’s page, and the capacity it writes in', async () => {
    const page = await context.newPage();
    const chairs = records.filter((record) => record.sender.capacity !== undefined);
    expect(chairs.length).toBeGreaterThan(0);
    const slugs = new Map(archiveSenders(records).flatMap((sender) => sender.letters.map((record) => [record.id, sender.slug] as const)));
    for (const record of chairs) {
      await page.goto(`${server.url}${record.url}`);
      const sender = page.locator('.letter-facts dt:text-is("发信方") + dd');
      expect(await sender.textContent(), record.id).toBe(`${record.sender.text}（以${record.sender.capacity}的身份）`);
      expect(await sender.locator('a').getAttribute('href'), record.id).toBe(`/senders/${slugs.get(record.id)}/`);
    }
    await page.close();
  });

  it('a provisional agenda’s footnote mark stands on the letter head’s agenda label, linked to its footnote and back', async () => {
    const page = await context.newPage();
    const marked = records.filter((record) => record.footnotes.some((footnote) => footnote.on === 'agenda'));
    expect(marked.length).toBeGreaterThan(0);
    for (const record of marked) {
      const footnote = record.footnotes.find((candidate) => candidate.on === 'agenda')!;
      await page.goto(`${server.url}${record.url}`);
      const mark = page.locator('.letter-facts dt:has-text("议程项目") .fnref a');
      expect(await mark.textContent(), record.id).toBe(footnote.marker);
      expect(await mark.getAttribute('href'), record.id).toBe(`#${footnote.id}`);
      const back = page.locator(`[id="${footnote.id}"] a.backref`);
      expect(await back.getAttribute('href'), record.id).toBe(`#${await mark.getAttribute('id')}`);
      expect(await page.locator(`[id="${footnote.id}"]`).textContent(), record.id).toContain(footnote.text);
    }
    expect(guard.problems).toEqual([]);
    await page.close();
  });

  it('every index page stays small: topics, senders, sessions', async () => {
    for (const index of ['topics', 'senders', 'sessions']) {
      expect((await readFile(join(distDir, index, 'index.html'))).length, index).toBeLessThan(MAX_PAGE_BYTES);
    }
  });

  it('each year and each session: its letters exactly once across its pages', { timeout: 600_000 }, async () => {
    const page = await context.newPage();
    for (const [year, letters] of groupBy(records, (record) => record.letterDate.slice(0, 4))) {
      const walked = await walk(page, `/years/${year}/`);
      expect(walked.ids, year).toEqual(letters.map((record) => record.id));
      for (const listing of walked.pages) expect(listing.bytes, listing.path).toBeLessThan(MAX_PAGE_BYTES);
    }
    for (const [session, letters] of groupBy(records, (record) => record.session.generalAssembly)) {
      const walked = await walk(page, `/sessions/${session ?? 'none'}/`);
      expect(walked.ids, String(session)).toEqual(letters.map((record) => record.id));
      for (const listing of walked.pages) expect(listing.bytes, listing.path).toBeLessThan(MAX_PAGE_BYTES);
    }
    expect(guard.problems).toEqual([]);
    await page.close();
  });

  it('a middle page of the home listing has no serious or critical axe violations', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/page/2/`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
    await page.close();
  });
});

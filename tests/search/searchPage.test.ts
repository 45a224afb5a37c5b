/**
 * The search page in Chromium against the built seed letters: the results
 * contract (`#search-results`, `aria-busy`, `a[data-hit]` deep links), what a hit
 * shows, the query in the URL (share, reload, back), filters with counts, the
 * empty result, the header search box, and the highlight on the letter page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordUnits } from '../../src/search/recordUnits.ts';
import { guardContext, type PageGuard } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

const env = useSiteInBrowser();

let context: BrowserContext;
let guard: PageGuard;
let page: Page;

beforeEach(async () => {
  context = await env.browser.newContext();
  guard = await guardContext(context);
  page = await context.newPage();
});
afterEach(async () => {
  expect(guard.problems).toEqual([]);
  await context.close();
});

const done = () => page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
const counted = () => page.waitForSelector('#search-filters[aria-busy="false"]', { state: 'attached' });
const open = async (query: string, extra = '') => {
  await page.goto(`${env.site.baseUrl}/search/?q=${encodeURIComponent(query)}${extra}`);
  await done();
};
const hitLinks = () => page.locator('#search-results a[data-hit]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

/** A unit of the seeds found by a query unique to it: an annex paragraph with a printed number. */
function numberedAnnexUnit() {
  for (const record of env.records) {
    for (const [id, part, annex, number, text] of recordUnits(record)) {
      if (part !== 'annex' || number === '') continue;
      const chars = [...text];
      for (let start = 0; start + 8 <= chars.length; start++) {
        const query = chars.slice(start, start + 8).join('');
        if (/\s/.test(query)) continue;
        const holders = env.records.flatMap((other) => recordUnits(other).filter((unit) => unit[4].includes(query)));
        if (holders.length === 1) return { record, id, annex, number, query };
      }
    }
  }
  throw new Error('no numbered annex paragraph in the seeds');
}

describe('the results contract', () => {
  it('is busy while searching and not when done; every hit is an a[data-hit] deep link inside #search-results', async () => {
    // Hold the index back so that the search is caught in flight.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/index/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${env.site.baseUrl}/search/?q=${encodeURIComponent('纳戈尔诺-卡拉巴赫')}`);
    await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'true');
    expect(await page.locator('a[data-hit]').count()).toBe(0);
    release();
    await done();
    const hrefs = await hitLinks();
    expect(hrefs.length).toBeGreaterThan(0);
    expect(await page.locator('a[data-hit]').count()).toBe(hrefs.length);
    for (const href of hrefs) {
      const [path, fragment] = href.split('#');
      const url = new URL(path ?? '', env.site.baseUrl);
      expect(url.searchParams.get('q')).toBe('纳戈尔诺-卡拉巴赫');
      const record = env.records.find((candidate) => candidate.url === url.pathname);
      expect(record && recordUnits(record).some(([id]) => id === fragment)).toBe(true);
    }
  });

  it('names the letter, annex and paragraph of a hit and marks the query in its excerpt', async () => {
    const { record, annex, number, query, id } = numberedAnnexUnit();
    await open(query);
    const hit = page.locator('#search-results a[data-hit]');
    expect(await hit.count()).toBe(1);
    expect(await hit.getAttribute('href')).toBe(`${record.url}?q=${encodeURIComponent(query).replace(/%20/g, '+')}#${id}`);
    expect(await hit.locator('.search-hit-where').textContent()).toBe(`${annex} · 第 ${number} 段`);
    expect(await hit.locator('mark').allTextContents()).toEqual([query]);
    const group = page.locator('#search-results .search-letter');
    expect(await group.locator('.search-letter-title').textContent()).toBe(record.title);
    const facts = await group.locator('.search-letter-facts').textContent();
    expect(facts).toContain(record.letterDate);
    expect(facts).toContain(record.symbols[0] ?? '文号未载明');
  });

  it('shows more hits, letter by letter, until every letter with a hit is shown', async () => {
    const letters = env.records.filter((record) => recordUnits(record).some(([, , , , text]) => text.includes('阿塞拜疆')));
    await open('阿塞拜疆');
    expect(await page.isVisible('#search-more')).toBe(true);
    const first = await hitLinks();
    await page.click('#search-more');
    await done();
    const more = await hitLinks();
    expect(more.length).toBeGreaterThan(first.length);
    while (await page.isVisible('#search-more')) {
      await page.click('#search-more');
      await done();
    }
    expect(await page.locator('#search-results .search-letter').count()).toBe(letters.length);
  });

  it('says so when a word is not in the archive', async () => {
    await open('量子计算机');
    expect(await page.locator('a[data-hit]').count()).toBe(0);
    expect(await page.textContent('#search-status')).toContain('档案中没有找到“量子计算机”');
  });

  it('finds traditional and full-width forms of what the letters print', async () => {
    await open('聯合國');
    const traditional = await hitLinks();
    await open('联合国');
    expect(traditional).toEqual((await hitLinks()).map((href) => href.replace(encodeURIComponent('联合国'), encodeURIComponent('聯合國'))));
    await open('822（1993）');
    const wide = (await hitLinks()).map((href) => href.replace(/\?[^#]*/, ''));
    await open('822(1993)');
    expect(wide).toEqual((await hitLinks()).map((href) => href.replace(/\?[^#]*/, '')));
    expect(wide.length).toBeGreaterThan(0);
  });
});

describe('hostile queries', () => {
  it('are text: markup is shown literally and never run, pattern characters match themselves', async () => {
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    const markup = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await open(markup);
    expect(await page.textContent('#search-status')).toContain(markup);
    expect(await page.locator('#search-results img, #search-status img').count()).toBe(0);
    await open('.*');
    expect(await page.locator('a[data-hit]').count()).toBe(0);
    await open('(1993)');
    const hits = await page.locator('#search-results a[data-hit] mark').allTextContents();
    expect(hits.length).toBeGreaterThan(0);
    for (const mark of hits) expect(mark.normalize('NFKC')).toBe('(1993)');
    await open('　 \t ');
    expect(await page.textContent('#search-status')).toBe('请输入要查找的字词。');
    expect(dialogs).toBe(0);
  });
});

describe('the query in the URL', () => {
  it('is set by the form, survives a reload, and goes back with history', async () => {
    await page.goto(`${env.site.baseUrl}/search/`);
    await done();
    await page.fill('#search-query', 'Malcolm');
    await page.press('#search-query', 'Enter');
    await page.waitForURL(/\?q=Malcolm$/);
    await done();
    const first = await hitLinks();
    expect(first.length).toBeGreaterThan(0);

    await page.fill('#search-query', 'S/2020/729');
    await page.press('#search-query', 'Enter');
    await page.waitForURL(/q=S%2F2020%2F729/);
    await done();
    const second = await hitLinks();
    expect(second).not.toEqual(first);

    await page.reload();
    await done();
    expect(await hitLinks()).toEqual(second);
    expect(await page.inputValue('#search-query')).toBe('S/2020/729');

    await page.goBack();
    await done();
    expect(await hitLinks()).toEqual(first);
  });

  it('is where the header search box on every page leads', async () => {
    await page.goto(`${env.site.baseUrl}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('阿塞拜疆');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await done();
    expect(await page.locator('a[data-hit]').count()).toBeGreaterThan(0);
  });
});

describe('filters', () => {
  it('offer part and year with counts, and narrow the hits through the URL', async () => {
    await open('阿塞拜疆');
    await counted();
    const counts = await page.locator('#search-filters input[name=year]').evaluateAll((boxes) =>
      boxes.map((box) => [(box as HTMLInputElement).value, Number(box.parentElement?.querySelector('[data-count]')?.getAttribute('data-count'))]),
    );
    const years = new Map<string, number>();
    for (const record of env.records) {
      if (recordUnits(record).some(([, , , , text]) => text.includes('阿塞拜疆'))) years.set(record.letterDate.slice(0, 4), (years.get(record.letterDate.slice(0, 4)) ?? 0) + 1);
    }
    expect(new Map(counts as [string, number][])).toEqual(years);

    await page.check('#search-filters input[name=part][value=footnote]');
    await page.waitForURL(/part=footnote/);
    await done();
    await counted();
    const wheres = await page.locator('#search-results a[data-hit] .search-hit-where').allTextContents();
    expect(wheres.length).toBeGreaterThan(0);
    for (const where of wheres) expect(where).toMatch(/^脚注 /);

    const [year] = [...years.keys()];
    await page.check(`#search-filters input[name=year][value="${year}"]`);
    await page.waitForURL(new RegExp(`year=${year}`));
    await done();
    const hrefs = await hitLinks();
    for (const href of hrefs) {
      const record = env.records.find((candidate) => href.startsWith(candidate.url));
      expect(record?.letterDate.startsWith(year ?? '')).toBe(true);
    }
    expect(await page.isChecked('#search-filters input[name=part][value=footnote]')).toBe(true);
  });
});

describe('on the letter page', () => {
  it('marks the matched text in the block the hit links to', async () => {
    const { query, id } = numberedAnnexUnit();
    await open(query);
    await page.click('#search-results a[data-hit]');
    await page.waitForSelector(`[id="${id}"] mark.search-highlight`);
    expect((await page.locator(`[id="${id}"] mark.search-highlight`).allTextContents()).join('')).toBe(query);
  });
});

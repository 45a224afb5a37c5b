/**
 * Browsing the built archive in Chromium: the home page, agenda topics, sessions,
 * and a crawl of every page checking that each internal link and fragment resolves
 * and no page breaks its security policy or reaches past the loopback host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { agendaTopics } from '../../src/records/agendaTopics.ts';
import { sessionLabel } from '../../src/components/utils/sessionLabel.ts';
import type { LetterRecord } from '../../src/records/schema.ts';
import { guardContext, launchBrowser, type PageGuard } from '../support/browser.ts';
import { builtRecords } from '../support/builtRecords.ts';
import { startSite, type TestSite } from '../support/testSite.ts';

let site: TestSite;
let browser: Browser;
let context: BrowserContext;
let guard: PageGuard;
let records: LetterRecord[];
/** Every request a page made that failed or was answered with an error status. */
const failedRequests: string[] = [];

beforeAll(async () => {
  site = await startSite();
  records = await builtRecords(site.distDir);
  browser = await launchBrowser();
  context = await browser.newContext();
  guard = await guardContext(context);
  context.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()} (${response.request().resourceType()})`);
  });
  // A load the next navigation cancels (net::ERR_ABORTED) is not a failure; off-site requests are the guard's.
  context.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (!/ERR_ABORTED|ERR_BLOCKED_BY_CLIENT/.test(reason)) failedRequests.push(`${reason} ${request.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('home page', () => {
  it('lists every letter once, in date order, grouped by year', async () => {
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/`);
    const listed = await page.$$eval('[data-letter]', (items) =>
      items.map((item) => ({
        id: item.getAttribute('data-letter'),
        date: item.querySelector('time')?.getAttribute('datetime'),
        year: item.closest('section')?.querySelector('h2')?.textContent?.trim(),
        text: (item as HTMLElement).innerText,
        href: item.querySelector('.title a')?.getAttribute('href'),
      })),
    );
    const expected = [...records].sort((a, b) => a.letterDate.localeCompare(b.letterDate) || a.id.localeCompare(b.id));
    expect(listed.map((item) => item.id)).toEqual(expected.map((record) => record.id));

    for (const [index, record] of expected.entries()) {
      const item = listed[index];
      expect(item?.date).toBe(record.letterDate);
      expect(item?.year).toBe(`${record.letterDate.slice(0, 4)} 年`);
      expect(item?.href).toBe(record.url);
      expect(item?.text).toContain(record.title);
      expect(item?.text).toContain(`附件 ${record.annexes.length} 份`);
      expect(item?.text).toContain(`脚注 ${record.footnotes.length} 条`);
      for (const symbol of record.symbols) expect(item?.text).toContain(symbol);
      if (record.symbols.length === 0) expect(item?.text).toContain('「文号未载明」');
      for (const agendaItem of record.agendaItems) expect(item?.text).toContain(agendaItem.title);
    }
    await page.close();
  });
});

describe('years', () => {
  it('a page per year lists exactly that year’s letters, linked from the home page’s year headings', async () => {
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/`);
    const years = await page.$$eval('main h2 a', (links) => links.map((link) => link.getAttribute('href')));
    expect(years).toEqual([...new Set(records.map((record) => `/years/${record.letterDate.slice(0, 4)}/`))]);
    for (const href of years) {
      await page.goto(`${site.baseUrl}${href}`);
      const listed = await page.$$eval('[data-letter]', (items) => items.map((item) => item.getAttribute('data-letter')));
      expect(listed).toEqual(records.filter((record) => href === `/years/${record.letterDate.slice(0, 4)}/`).map((record) => record.id));
    }
    await page.close();
  });
});

describe('agenda topics', () => {
  it('lead from the first letter’s 古阿姆集团 item to every letter of that topic, 2007 and 2021', async () => {
    const first = [...records].sort((a, b) => a.letterDate.localeCompare(b.letterDate))[0] as LetterRecord;
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}${first.url}`);
    await page.locator('.letter-facts a', { hasText: '古阿姆集团' }).click();
    await page.waitForURL(/\/topics\/[a-z0-9-]+\/$/);
    const listed = await page.$$eval('[data-letter]', (items) => items.map((item) => item.getAttribute('data-letter')));

    const topic = agendaTopics(records).find((candidate) => candidate.items.some((item) => item.title.startsWith('古阿姆集团')));
    expect(listed).toEqual(topic?.letters.map((record) => record.id));
    const years = new Set(records.filter((record) => listed.includes(record.id)).map((record) => record.letterDate.slice(0, 4)));
    expect(years).toEqual(new Set(['2007', '2021']));
    // The topic page's table shows the item under each session's own number and wording, with its letters.
    const rows = await page.$$eval('table.topic-items tbody tr', (trs) => trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText.trim())));
    expect(rows).toEqual(
      topic?.items.map((item) => [
        item.session === null ? '届次未载明' : sessionLabel(item.session),
        String(item.number),
        item.title,
        String(topic.letters.filter((record) => record.session.generalAssembly === item.session && record.agendaItems.some((named) => named.number === item.number && named.title === item.title)).length),
      ]),
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('the topic index links every topic and every topic page names its letters', async () => {
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/topics/`);
    const hrefs = await page.$$eval('main a[href^="/topics/"]', (links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(agendaTopics(records).map((topic) => `/topics/${topic.id}/`)));
    await page.close();
  });

  it('the topic index is one row per topic: title, its sessions as a range, its number of letters', async () => {
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/topics/`);
    const rows = await page.$$eval('table.topic-index tbody tr', (trs) =>
      trs.map((tr) => ({ href: tr.querySelector('a')?.getAttribute('href'), cells: [...tr.children].map((cell) => (cell as HTMLElement).innerText.trim()) })),
    );
    const topics = agendaTopics(records);
    expect(rows).toHaveLength(topics.length);
    for (const topic of topics) {
      const row = rows.find((candidate) => candidate.href === `/topics/${topic.id}/`);
      const sessions = topic.items.map((item) => item.session).filter((session) => session !== null);
      const range = Math.min(...sessions) === Math.max(...sessions) ? `第 ${sessions[0]} 届` : `第 ${Math.min(...sessions)}–${Math.max(...sessions)} 届`;
      expect(row?.cells, topic.id).toEqual([topic.title, range, String(topic.letters.length)]);
    }
    // The 古阿姆集团 topic spans the 61st to the 75th session.
    expect(rows.map((row) => row.cells[1])).toContain('第 61–75 届');
    await page.close();
  });
});

describe('sessions', () => {
  it('a page per General Assembly session lists exactly its letters', async () => {
    const page = await context.newPage();
    const sessions = [...new Set(records.map((record) => record.session.generalAssembly).filter((session) => session !== null))];
    expect(sessions.length).toBeGreaterThan(0);
    for (const session of sessions) {
      await page.goto(`${site.baseUrl}/sessions/${session}/`);
      const listed = await page.$$eval('[data-letter]', (items) => items.map((item) => item.getAttribute('data-letter')));
      expect(listed).toEqual(records.filter((record) => record.session.generalAssembly === session).map((record) => record.id));
    }
    await page.close();
  });
});

describe('the whole site', () => {
  it('every internal link and fragment resolves; no CSP violation, script error or off-site request on any page', async () => {
    const page = await context.newPage();
    const pending = ['/'];
    const visited = new Map<string, Set<string>>();
    const links: { from: string; href: string }[] = [];
    while (pending.length > 0) {
      const path = pending.shift() as string;
      if (visited.has(path)) continue;
      const response = await page.goto(`${site.baseUrl}${path}`);
      expect(response?.status(), path).toBe(200);
      const found = await page.evaluate(() => ({
        search: document.querySelectorAll('header form[role="search"][action="/search/"][method="get"] input[type="search"][name="q"]#site-search').length,
        lang: document.documentElement.lang,
        ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
        // By attribute, resolved against the page: an SVG link's `.href` is not a string.
        // A download (the letter's CSL-JSON item, a data: URL) is no link to follow: citing.test.ts opens it.
        hrefs: [...document.querySelectorAll('a[href]:not([download]), link[href], script[src], form[action]')].map(
          (element) => new URL(element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '', location.href).href,
        ),
      }));
      expect(new Set(found.ids).size, `duplicate ids on ${path}`).toBe(found.ids.length);
      expect(found.search, `search box on ${path}`).toBe(1);
      expect(found.lang, path).toBe('zh-CN');
      visited.set(path, new Set(found.ids));
      for (const href of found.hrefs) {
        const url = new URL(href);
        if (url.origin !== site.baseUrl) {
          expect(url.protocol, `${path} links to ${href}`).toMatch(/^https?:$/);
          continue;
        }
        links.push({ from: path, href: url.pathname + url.hash });
        if (url.pathname.endsWith('/') && !visited.has(url.pathname)) pending.push(url.pathname);
      }
    }
    // Every letter, topic and session page was reached by following links from home.
    for (const record of records) expect(visited.has(record.url), record.url).toBe(true);
    for (const topic of agendaTopics(records)) expect(visited.has(`/topics/${topic.id}/`)).toBe(true);

    const broken: string[] = [];
    for (const { from, href } of links) {
      const [path = '', fragment] = href.split('#');
      if (!path.endsWith('/')) {
        const response = await page.request.get(`${site.baseUrl}${path}`);
        if (response.status() !== 200) broken.push(`${from} → ${href}: ${response.status()}`);
      } else if (fragment && !visited.get(path)?.has(decodeURIComponent(fragment))) {
        broken.push(`${from} → ${href}: no such fragment`);
      }
    }
    expect(broken).toEqual([]);
    expect(guard.problems).toEqual([]);
    // No page, stylesheet, script or icon any page loads is missing.
    expect(failedRequests).toEqual([]);
    await page.close();
  });

  it('every page names its icon, an SVG served from the site', async () => {
    const page = await context.newPage();
    for (const path of ['/', '/topics/', '/sessions/', records[0]?.url ?? '/', '/search/', '/no-such-page/']) {
      await page.goto(`${site.baseUrl}${path}`);
      const icon = await page.$eval('head link[rel="icon"]', (link) => ({ href: (link as HTMLLinkElement).href, type: link.getAttribute('type') }));
      expect(new URL(icon.href).origin, path).toBe(site.baseUrl);
      expect(icon.type, path).toBe('image/svg+xml');
      const response = await page.request.get(icon.href);
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).toMatch(/^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    }
    // Browsers ask for /favicon.ico whatever the page says (and on pages that say nothing, such as the API's JSON).
    const ico = await page.request.get(`${site.baseUrl}/favicon.ico`);
    expect(ico.status()).toBe(200);
    expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    await page.close();
  });

  it('serves a 404 page for unknown paths, a sitemap of every page at /sitemap.xml and a robots.txt naming it', async () => {
    const missing = await context.request.get(`${site.baseUrl}/letters/no-such-letter/`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('未找到页面');

    const robots = await (await context.request.get(`${site.baseUrl}/robots.txt`)).text();
    const sitemapUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(sitemapUrl).toBe(new URL('/sitemap.xml', sitemapUrl).href);
    // Pages name the same sitemap as robots.txt does.
    const home = await (await context.request.get(`${site.baseUrl}/`)).text();
    expect(home).toContain('<link rel="sitemap" href="/sitemap.xml">');
    const indexResponse = await context.request.get(`${site.baseUrl}/sitemap.xml`);
    expect(indexResponse.status()).toBe(200);
    const index = await indexResponse.text();
    expect(index).toMatch(/^<\?xml[^>]*\?><sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
    const sitemapPaths = [...index.matchAll(/<loc>(.+?)<\/loc>/g)].map((match) => new URL(match[1] as string).pathname);
    expect(sitemapPaths.length).toBeGreaterThan(0);
    const locs: string[] = [];
    for (const path of sitemapPaths) {
      const response = await context.request.get(`${site.baseUrl}${path}`);
      expect(response.status(), path).toBe(200);
      const xml = await response.text();
      expect(xml, path).toContain('<urlset');
      locs.push(...[...xml.matchAll(/<loc>(.+?)<\/loc>/g)].map((match) => new URL(match[1] as string).pathname));
    }
    // One sitemap index, at /sitemap.xml only: the integration's own name is not left behind.
    expect((await context.request.get(`${site.baseUrl}/sitemap-index.xml`)).status()).toBe(404);
    for (const record of records) expect(locs).toContain(record.url);
    expect(locs).toContain('/');
    expect(locs.some((loc) => loc.includes('404'))).toBe(false);
  });
});

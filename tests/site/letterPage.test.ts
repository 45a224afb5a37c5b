/**
 * The letter pages in Chromium: every block and footnote addressable, deep links
 * landing below the sticky header, footnotes linked both ways, permalinks, the
 * search key, print, phones, pages without JavaScript, and screenshots for review.
 */
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Block, LetterRecord } from '../../src/records/schema.ts';
import { guardContext } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

const env = useSiteInBrowser();

const blocksOf = (record: LetterRecord): Block[] => [...record.body, ...record.annexes.flatMap((annex) => annex.blocks)];
/** The letter with the most footnotes (002 among the seeds, with 53). */
const richest = () => [...env.records].sort((a, b) => b.footnotes.length - a.footnotes.length)[0] as LetterRecord;

/** The text a block or footnote shows, without its number, footnote marks and controls, whitespace removed. */
function shownText(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const skip = '.number, .fnref, .permalink, .cite, .backref, .marker';
    const text = (element: Element): string =>
      [...element.childNodes].map((node) => (node instanceof Element ? (node.matches(skip) ? '' : text(node)) : (node.textContent ?? ''))).join('');
    return Object.fromEntries([...document.querySelectorAll('main [id]')].map((element) => [element.id, text(element).replace(/\s+/g, '')]));
  });
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await env.browser.newContext(options);
  const guard = await guardContext(context);
  const page = await context.newPage();
  await page.goto(`${env.site.baseUrl}${path}`);
  return { page, problems: guard.problems };
}

describe('letter pages', () => {
  it('give every block and footnote its record id, with its text, number and kind', async () => {
    for (const record of env.records) {
      const { page, problems } = await open(record.url);
      const rendered = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('[id]')].map((element) => [
            element.id,
            { number: element.querySelector(':scope > .number')?.textContent ?? null, kind: element.getAttribute('data-kind') },
          ]),
        ),
      );
      const shown = await shownText(page);
      for (const block of blocksOf(record)) {
        const element = rendered[block.id];
        expect(element, `${record.id}#${block.id}`).toBeDefined();
        expect(element?.kind).toBe(block.kind);
        expect(element?.number).toBe(block.number === undefined ? null : `${block.number}.`);
        expect(shown[block.id], `${record.id}#${block.id}`).toBe(squeeze(block.text));
      }
      for (const footnote of record.footnotes) {
        expect(shown[footnote.id], `${record.id}#${footnote.id}`).toBe(squeeze(footnote.text));
      }
      for (const annex of record.annexes) {
        expect(shown[`${annex.id}-heading`]).toBe(squeeze(annex.heading));
        expect(await page.locator(`.toc a[href="#${annex.id}"]`).count()).toBe(1);
      }
      expect(await page.locator('h1').innerText()).toBe(record.title);
      // Described for machines: canonical address, Open Graph, JSON-LD naming the letter.
      const head = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        canonical: document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href,
        ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
        ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
        jsonLd: JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null'),
      }));
      expect(head.lang).toBe('zh-CN');
      expect(new URL(head.canonical as string).pathname).toBe(record.url);
      expect(head.ogUrl).toBe(head.canonical);
      expect(head.ogTitle).toBe(record.title);
      expect(head.jsonLd).toMatchObject({ '@type': 'DigitalDocument', name: record.title, dateCreated: record.letterDate, url: head.canonical });
      if (record.symbols.length > 0) expect(head.jsonLd.identifier).toEqual(record.symbols);
      // What the source printed besides the letter is on the page too, folded away, line by line.
      const furniture = await page.$$eval('.furniture tbody tr', (rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)));
      expect(furniture.map(([line, , text]) => [Number(line), text])).toEqual(record.furniture.map((item) => [item.line, item.text]));
      // Each keyword searches the archive for itself.
      const keywordLinks = await page.$$eval('.letter-facts a[href^="/search/"]', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).searchParams.get('q')));
      expect(keywordLinks).toEqual(record.keywords);
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });

  it('land a deep link on its block, marked as :target, below the sticky header — on a desktop and a phone', async () => {
    const record = richest();
    const blocks = blocksOf(record);
    const targets = [blocks[Math.floor(blocks.length / 2)], blocks[blocks.length - 1], record.footnotes[record.footnotes.length - 1]];
    for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
      for (const target of targets.filter((candidate) => candidate !== undefined)) {
        const { page } = await open(`${record.url}#${target.id}`, { viewport });
        const landing = await page.evaluate(() => {
          const element = document.querySelector(':target');
          const header = document.querySelector('.site-header')?.getBoundingClientRect();
          const box = element?.getBoundingClientRect();
          const atBottom = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight;
          return { id: element?.id, top: box?.top ?? NaN, headerBottom: header?.bottom ?? NaN, background: element && getComputedStyle(element).backgroundColor, scrolled: window.scrollY, atBottom };
        });
        expect(landing.id).toBe(target.id);
        expect(landing.scrolled).toBeGreaterThan(0);
        expect(landing.top).toBeGreaterThanOrEqual(landing.headerBottom);
        expect(landing.top).toBeLessThan(viewport.height);
        // Just below the header (scroll-margin), unless the page ends before the block can get there.
        if (!landing.atBottom) expect(landing.top - landing.headerBottom).toBeLessThan(24);
        expect(landing.background).not.toBe('rgba(0, 0, 0, 0)');
        await page.context().close();
      }
    }
  });

  it('link every footnote mark to its footnote and back again', async () => {
    for (const record of env.records.filter((candidate) => candidate.footnotes.length > 0)) {
      const { page } = await open(record.url);
      const expected = blocksOf(record).flatMap((block) =>
        (block.footnotes ?? []).map((mark, index) => ({ ref: `fnref-${block.id}-${index + 1}`, footnote: mark.id })),
      );
      const marks = await page.$$eval('sup.fnref a', (links) => links.map((link) => ({ ref: link.id, footnote: link.getAttribute('href')?.slice(1) })));
      expect(marks).toEqual(expect.arrayContaining(expected));
      expect(marks).toHaveLength(expected.length);
      for (const { ref, footnote } of expected) {
        expect(await page.locator(`[id="${footnote}"] a.backref[href="#${ref}"]`).count(), `${footnote} → ${ref}`).toBe(1);
      }
      // One round trip by clicking, as a reader does.
      const first = expected[0];
      if (first) {
        await page.locator(`[id="${first.ref}"]`).click();
        expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(first.footnote);
        await page.locator(`[id="${first.footnote}"] a.backref[href="#${first.ref}"]`).click();
        expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(first.ref);
      }
      await page.context().close();
    }
  });

  it('link a cited symbol to the archived letter that carries it, else to undocs.org', async () => {
    const bySymbol = new Map(env.records.flatMap((record) => record.symbols.map((symbol) => [symbol, record.url] as const)));
    for (const record of env.records.filter((candidate) => candidate.citations.length > 0)) {
      const { page } = await open(record.url);
      const cited = await page.$$eval('a[data-symbol]', (links) => links.map((link) => ({ symbol: link.getAttribute('data-symbol') as string, href: link.getAttribute('href') })));
      expect(cited.length).toBeGreaterThan(0);
      for (const { symbol, href } of cited) {
        const archived = symbol.split(/[-–](?=[A-Z]+\/)/).map((part) => bySymbol.get(part)).find(Boolean);
        expect(href, symbol).toBe(archived ?? `https://undocs.org/zh/${symbol}`);
      }
      await page.context().close();
    }
  });

  it('copy a paragraph’s URL from its permalink, which is a plain #id link underneath', async () => {
    const record = richest();
    const block = blocksOf(record).find((candidate) => candidate.kind === 'paragraph') as Block;
    const { page, problems } = await open(record.url, { permissions: ['clipboard-read', 'clipboard-write'] });
    const permalink = page.locator(`[id="${block.id}"] > a.permalink`);
    expect(await permalink.getAttribute('href')).toBe(`#${block.id}`);
    await permalink.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${env.site.baseUrl}${record.url}#${block.id}`);
    expect(new URL(page.url()).hash).toBe(`#${block.id}`);
    await expect.poll(() => page.locator('#permalink-status').textContent()).toContain(`#${block.id}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('focus the header search box with the / key, and submit it to /search/?q=', async () => {
    const { page } = await open(env.records[0]?.url ?? '/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    // Once in the box, / is just a character (symbols are typed with it).
    await page.keyboard.type('阿塞拜疆 A/75/709');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('阿塞拜疆 A/75/709');
    await page.context().close();
  });

  it('show their whole text with JavaScript disabled', async () => {
    for (const record of env.records) {
      const { page } = await open(record.url, { javaScriptEnabled: false });
      const shown = await shownText(page);
      for (const item of [...blocksOf(record), ...record.footnotes]) expect(shown[item.id], `${record.id}#${item.id}`).toBe(squeeze(item.text));
      expect(await page.locator('h1').isVisible()).toBe(true);
      // The page's own scripts really are off: the / key does not reach the search box.
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('site-search');
      await page.context().close();
    }
  });

  it('print with their address and paragraph numbers, without the site’s controls', async () => {
    const record = env.records.find((candidate) => blocksOf(candidate).some((block) => block.number !== undefined)) ?? richest();
    const { page } = await open(record.url);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.site-header') as Element).display,
      permalink: getComputedStyle(document.querySelector('.permalink') as Element).display,
      address: (document.querySelector('.print-only') as HTMLElement).innerText,
      numbers: [...document.querySelectorAll('.number')].map((number) => getComputedStyle(number).display),
    }));
    expect(printed.header).toBe('none');
    expect(printed.permalink).toBe('none');
    expect(printed.address).toContain(record.url);
    expect(printed.numbers.length).toBeGreaterThan(0);
    expect(printed.numbers.every((display) => display !== 'none')).toBe(true);
    if (record.citations.length > 0) expect(await page.locator('.citations li').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  it('fit a 360 px phone without sideways scrolling, and leave screenshots at 1280 and 375 px', async () => {
    await mkdir('test-results', { recursive: true });
    for (const width of [360, 375, 1280]) {
      for (const record of env.records) {
        const { page } = await open(record.url, { viewport: { width, height: 900 } });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${record.url} at ${width} px`).toBeLessThanOrEqual(width);
        // A paragraph's ¶ ends its last line; it never wraps onto a line of its own.
        const stranded = await page.$$eval('.block > .permalink', (links) =>
          links.flatMap((link) => {
            const walker = document.createTreeWalker(link.parentElement as Element, NodeFilter.SHOW_TEXT);
            let last: Text | undefined;
            while (walker.nextNode() && !link.contains(walker.currentNode)) if (walker.currentNode.textContent?.trim()) last = walker.currentNode as Text;
            if (!last) return [];
            const end = (last.textContent ?? '').trimEnd().length;
            const range = document.createRange();
            range.setStart(last, end - 1);
            range.setEnd(last, end);
            const text = range.getBoundingClientRect();
            const mark = link.getBoundingClientRect();
            return Math.abs(text.bottom - mark.bottom) > text.height / 2 ? [link.getAttribute('href')] : [];
          }),
        );
        expect(stranded, `${record.url} at ${width} px`).toEqual([]);
        await page.context().close();
      }
      // The screenshot shows the earliest letter: symbols, session, agenda topics, annexes in its contents.
      const { page } = await open(env.records[0]?.url ?? '/', { viewport: { width, height: 900 } });
      // The sticky header keeps to its fixed height (deep links are placed below it), and so does its navigation.
      const header = await page.evaluate(() => {
        const element = document.querySelector('.site-header') as HTMLElement;
        const nav = document.querySelector('.site-nav') as HTMLElement;
        return { overflow: element.scrollHeight - element.clientHeight, navHidden: nav.scrollWidth - nav.clientWidth };
      });
      expect(header).toEqual({ overflow: 0, navHidden: 0 });
      if (width !== 360) await page.screenshot({ path: `test-results/letter-${width}.png` });
      await page.context().close();
    }
  });
});

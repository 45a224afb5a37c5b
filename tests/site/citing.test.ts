/**
 * Citing a letter, in Chromium: the Highwire `citation_*` meta tags and JSON-LD
 * with the record's values, the `引用` buttons (the letter's and a deep-linked
 * paragraph's citation, in the UN's style, read back from the clipboard), and the
 * CSL-JSON reference managers import: the letter's own item as a download, its
 * month's file and the whole archive's.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../../src/records/schema.ts';
import { formatDate } from '../../src/components/utils/formatDate.ts';
import { guardContext } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

const env = useSiteInBrowser();

/** The seed letter 000, with symbols and two annexes. */
const withSymbols = () => env.records.find((record) => record.symbols.join('-') === 'A/61/947-S/2007/339') as LetterRecord;
const withoutSymbols = () => env.records.find((record) => record.symbols.length === 0) as LetterRecord;

describe('citation metadata', () => {
  it('every letter page carries the Highwire tags and JSON-LD with its record’s values', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    for (const record of env.records) {
      await page.goto(`${env.site.baseUrl}${record.url}`);
      const meta = await page.$$eval('head meta[name^="citation_"]', (tags) => tags.map((tag) => [tag.getAttribute('name'), tag.getAttribute('content')]));
      const byName = Object.fromEntries(meta);
      expect(byName.citation_title, record.id).toBe(record.title);
      expect(byName.citation_author, record.id).toBe(record.sender.text);
      expect(byName.citation_date, record.id).toBe(record.letterDate.replaceAll('-', '/'));
      expect(byName.citation_date).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(byName.citation_publisher).toBe('联合国');
      expect(byName.citation_technical_report_number, record.id).toBe(record.symbols.length > 0 ? record.symbols.join('-') : undefined);
      expect(new URL(byName.citation_abstract_html_url as string).pathname).toBe(record.url);

      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
      expect(jsonLd.name).toBe(record.title);
      expect(jsonLd.author).toEqual({ '@type': 'Organization', name: record.sender.text });
      expect(jsonLd.dateCreated).toBe(record.letterDate);
      expect(jsonLd.publisher).toEqual({ '@type': 'Organization', name: '联合国' });
      if (record.symbols.length > 0) expect(jsonLd.identifier).toEqual(record.symbols);
    }
    await context.close();
  });

  it('offers every letter’s CSL-JSON as a download on its page (no file per letter), its month’s at /api/csl/<YYYY-MM>.json, all at /api/csl.json', async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const guard = await guardContext(context);
    const page = await context.newPage();
    const all = (await (await page.request.get(`${env.site.baseUrl}/api/csl.json`)).json()) as { id: string }[];
    expect(all.map((item) => item.id)).toEqual(env.records.map((record) => record.id));
    const months = new Map<string, unknown[]>();
    for (const record of env.records) {
      await page.goto(`${env.site.baseUrl}${record.url}`);
      const link = page.locator('.letter-head a[download]');
      expect(await link.getAttribute('href')).toMatch(/^data:application\/vnd\.citationstyles\.csl\+json;base64,/);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(`${record.id}.json`);
      const [item, ...rest] = JSON.parse(await readFile((await download.path()) as string, 'utf8')) as Record<string, unknown>[];
      expect(rest).toEqual([]);
      const [year, month, day] = record.letterDate.split('-').map(Number);
      expect(item).toMatchObject({ id: record.id, type: 'report', title: record.title, author: [{ literal: record.sender.text }], publisher: '联合国', issued: { 'date-parts': [[year, month, day]] } });
      expect(item?.number).toBe(record.symbols.length > 0 ? record.symbols.join('-') : undefined);
      expect(new URL(item?.URL as string).pathname).toBe(record.url);
      expect(all).toContainEqual(item);

      const monthHref = await page.locator('.letter-head a[href^="/api/csl/"]').getAttribute('href');
      expect(monthHref).toBe(`/api/csl/${record.letterDate.slice(0, 7)}.json`);
      if (!months.has(monthHref as string)) {
        const response = await page.request.get(`${env.site.baseUrl}${monthHref}`);
        expect(response.status()).toBe(200);
        months.set(monthHref as string, (await response.json()) as unknown[]);
      }
      expect(months.get(monthHref as string)).toContainEqual(item);
    }
    // The month files hold every letter once, in the order of /api/csl.json.
    expect([...months.keys()].sort().flatMap((file) => months.get(file) ?? [])).toEqual(all);
    expect(guard.problems).toEqual([]);
    await context.close();
  });
});

describe('引用', () => {
  async function openWithClipboard(path: string) {
    const context = await env.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const guard = await guardContext(context);
    const page = await context.newPage();
    await page.goto(`${env.site.baseUrl}${path}`);
    return { page, guard };
  }

  it('on a deep-linked paragraph copies its citation: symbols, annex, printed paragraph number and permalink', async () => {
    const record = withSymbols();
    const { page, guard } = await openWithClipboard(`${record.url}#annex-1-p8`);
    await page.locator('[id="annex-1-p8"] > button.cite').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`A/61/947-S/2007/339，附件一，第 8 段，${env.site.baseUrl}${record.url}#annex-1-p8`);
    await expect.poll(() => page.locator('#permalink-status').textContent()).toContain('第 8 段');
    expect(guard.problems).toEqual([]);
    await page.context().close();
  });

  it('on a paragraph the source does not number cites the letter and links the paragraph itself', async () => {
    const record = withSymbols();
    const block = record.body.find((candidate) => candidate.kind === 'paragraph' && candidate.number === undefined);
    expect(block).toBeDefined();
    const { page } = await openWithClipboard(record.url);
    await page.locator(`[id="${block?.id}"] > button.cite`).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`A/61/947-S/2007/339，${env.site.baseUrl}${record.url}#${block?.id}`);
    await page.context().close();
  });

  it('on the letter copies the letter’s citation; a letter without symbols is cited by title and date', async () => {
    for (const record of [withSymbols(), withoutSymbols()]) {
      const { page } = await openWithClipboard(record.url);
      await page.locator('.letter-head button.cite').click();
      const base = record.symbols.length > 0 ? record.symbols.join('-') : `${record.title}，${formatDate(record.letterDate)}`;
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}，${env.site.baseUrl}${record.url}`);
      // The page shows the same citation, for readers without a clipboard (or without JavaScript).
      expect(await page.locator('.letter-citation').textContent()).toMatch(new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}，http`));
      await page.context().close();
    }
  });
});

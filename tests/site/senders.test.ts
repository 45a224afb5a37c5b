/**
 * Senders in Chromium: the index (pinyin order, initials, counts) reaches every
 * sender's page; each page lists exactly its letters with the roles and
 * signatories seen; a letter page names its sender (linked), addressees, kind,
 * signatory and original language, and links the document in the UN's other
 * languages at undocs.org.
 */
import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { archiveSenders, senderSlug } from '../../src/records/archiveSenders.ts';
import type { LetterRecord } from '../../src/records/schema.ts';
import { kindLabels, languageLabels, roleLabels } from '../../src/components/utils/genreLabels.ts';
import { guardContext } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

const env = useSiteInBrowser();

describe('/senders/', () => {
  it('lists every sender once, with its letters, filed under its pinyin initial, in pinyin order', async () => {
    const context = await env.browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    await page.goto(`${env.site.baseUrl}/senders/`);
    const listed = await page.$$eval('main section', (sections) =>
      sections.flatMap((section) =>
        [...section.querySelectorAll('li')].map((item) => ({
          initial: section.querySelector('h2')?.textContent,
          href: item.querySelector('a')?.getAttribute('href'),
          name: item.querySelector('a')?.textContent,
          count: item.querySelector('.count')?.textContent,
        })),
      ),
    );
    const bySlug = new Map<string, LetterRecord[]>();
    for (const record of env.records) bySlug.set(senderSlug(record.sender), [...(bySlug.get(senderSlug(record.sender)) ?? []), record]);
    expect(listed.map((item) => item.href).sort()).toEqual([...bySlug.keys()].map((slug) => `/senders/${slug}/`).sort());
    for (const item of listed) {
      const letters = bySlug.get(item.href?.split('/')[2] as string) as LetterRecord[];
      expect(item.count).toBe(`${letters.length} 封`);
      const sender = letters[0]?.sender;
      expect(item.name).toBe(sender?.state ?? sender?.text);
      expect(item.initial).toBe(pinyin(item.name as string, { pattern: 'first', toneType: 'none' }).slice(0, 1).toUpperCase());
    }
    // Pinyin order: each name's toneless pinyin is not before the one above it.
    const keys = listed.map((item) => pinyin(item.name as string, { toneType: 'none' }));
    expect(keys).toEqual([...keys].sort());
    // The index of initials leads to each section.
    const initials = await page.$$eval('nav[aria-label="按拼音首字母"] a', (links) => links.map((link) => link.getAttribute('href')));
    expect(initials).toEqual([...new Set(listed.map((item) => `#initial-${item.initial}`))]);
    // The seed letters' sender: Azerbaijan, at /senders/aze/.
    expect(listed.find((item) => item.href === '/senders/aze/')?.name).toBe('阿塞拜疆');
    expect(guard.problems).toEqual([]);
    await context.close();
  });

  it('every sender page is reached from the index and lists exactly its letters, roles and signatories', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.site.baseUrl}/senders/`);
    const hrefs = await page.$$eval('main section li a', (links) => links.map((link) => link.getAttribute('href') as string));
    const senders = archiveSenders(env.records);
    expect(hrefs).toHaveLength(senders.length);
    for (const href of hrefs) {
      await page.goto(`${env.site.baseUrl}/senders/`);
      await page.locator(`main section li a[href="${href}"]`).click();
      await page.waitForURL(`${env.site.baseUrl}${href}`);
      const sender = senders.find((candidate) => `/senders/${candidate.slug}/` === href);
      expect(await page.locator('main h1').textContent()).toBe(sender?.name);
      const listed = await page.$$eval('[data-letter]', (items) => items.map((item) => item.getAttribute('data-letter')));
      expect(listed).toEqual(sender?.letters.map((record) => record.id));
      const facts = await page.locator('main .letter-facts').innerText();
      for (const { role, letters } of sender?.roles ?? []) expect(facts).toContain(`${roleLabels[role]}（${letters} 封）`);
      for (const { name, letters } of sender?.signatories ?? []) expect(facts).toMatch(new RegExp(`${name}.*：${letters} 封`));
    }
    await context.close();
  });
});

describe('a letter page', () => {
  it('names its sender (linked to the sender’s page), addressees, kind, signatory and original language', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    for (const record of env.records) {
      await page.goto(`${env.site.baseUrl}${record.url}`);
      const facts = await page.$$eval('.letter-facts > dt', (terms) =>
        Object.fromEntries(terms.map((term) => [term.textContent, { text: (term.nextElementSibling as HTMLElement).innerText.trim(), link: term.nextElementSibling?.querySelector('a')?.getAttribute('href') }])),
      );
      expect(facts['发信方'], record.id).toEqual({ text: record.sender.text, link: `/senders/${senderSlug(record.sender)}/` });
      expect(facts['收信方']?.text).toBe(record.addressees.join('、'));
      expect(facts['类型']?.text).toBe(kindLabels[record.kind]);
      expect(facts['签名']?.text).toBe(record.signatory ? `${record.signatory.name}${record.signatory.titles.length ? `（${record.signatory.titles.join('、')}）` : ''}` : '未署名');
      expect(facts['原文']?.text).toBe(record.originalLanguage ? languageLabels[record.originalLanguage] : '未载明');
    }
    // Seed 000: the permanent representative of Azerbaijan to the Secretary-General, signed 阿格申·梅赫迪耶夫.
    const seed = env.records.find((record) => record.symbols.includes('A/61/947')) as LetterRecord;
    await page.goto(`${env.site.baseUrl}${seed.url}`);
    expect(await page.locator('.letter-facts').innerText()).toMatch(/发信方\s+阿塞拜疆常驻联合国代表\s+收信方\s+秘书长\s+类型\s+信\s+签名\s+阿格申·梅赫迪耶夫（常驻代表、大使）/);
    await context.close();
  });

  it('links a letter with symbols to the same document in Arabic, English, Spanish, French and Russian', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    for (const record of env.records) {
      await page.goto(`${env.site.baseUrl}${record.url}`);
      const links = await page.$$eval('.other-languages a', (anchors) => anchors.map((anchor) => ({ href: anchor.getAttribute('href'), lang: anchor.getAttribute('lang'), hreflang: anchor.getAttribute('hreflang') })));
      if (record.symbols.length === 0) {
        expect(links, record.id).toEqual([]);
        continue;
      }
      expect(links, record.id).toEqual(
        ['ar', 'en', 'es', 'fr', 'ru'].map((lang) => ({ href: `https://undocs.org/${lang}/${record.symbols[0]}`, lang, hreflang: lang })),
      );
    }
    await context.close();
  });
});

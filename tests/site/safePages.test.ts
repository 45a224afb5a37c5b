/**
 * Safe pages (issue 6): a strict Content-Security-Policy on every page and in
 * `_headers`, no inline script or style for it to need, hostile record text shown
 * literally and never run, only http(s) and relative links, no third-party requests.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite } from '../../src/build/buildSite.ts';
import { contentSecurityPolicy } from '../../src/layouts/contentSecurityPolicy.ts';
import { writeRecordStore } from '../../src/records/recordStore.ts';
import type { LetterRecord } from '../../src/records/schema.ts';
import { guardContext, launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/serveStatic.ts';
import { startSite, type TestSite } from '../support/testSite.ts';

/** The one link that is not a web address: a letter's own CSL-JSON item, a base64 `data:` URL offered as a download. */
const CSL_DOWNLOAD = /^data:application\/vnd\.citationstyles\.csl\+json;base64,[A-Za-z0-9+/]*={0,2}$/;

let site: TestSite;
let browser: Browser;

beforeAll(async () => {
  site = await startSite();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function htmlPages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

describe('content security policy', () => {
  it('every page carries the policy, and needs no inline script, style or handler to work under it', async () => {
    const pages = await htmlPages(site.distDir);
    expect(pages.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const file of pages) {
      const tree = fromHtml(await readFile(file, 'utf8'));
      let policies = 0;
      visit(tree, 'element', (node: Element) => {
        const where = `${file.slice(site.distDir.length)} <${node.tagName}>`;
        if (node.tagName === 'meta' && String(node.properties.httpEquiv).toLowerCase() === 'content-security-policy') {
          policies++;
          if (node.properties.content !== contentSecurityPolicy) problems.push(`${where}: another policy`);
        }
        const type = String(node.properties.type ?? '');
        if (node.tagName === 'script' && !node.properties.src && type !== 'application/ld+json') problems.push(`${where}: inline script`);
        if (node.tagName === 'style') problems.push(`${where}: inline style element`);
        if (node.properties.style !== undefined) problems.push(`${where}: style attribute`);
        for (const name of Object.keys(node.properties)) if (/^on[a-z]/i.test(name)) problems.push(`${where}: ${name} handler`);
        const href = node.properties.href;
        const cslDownload = node.tagName === 'a' && node.properties.download !== undefined && typeof href === 'string' && CSL_DOWNLOAD.test(href);
        if (typeof href === 'string' && !cslDownload && !/^(https?:|\/|#|\.)/i.test(href) && /^[a-z][a-z0-9+.-]*:/i.test(href)) problems.push(`${where}: href ${href}`);
      });
      if (policies !== 1) problems.push(`${file}: ${policies} CSP meta tags`);
    }
    expect(problems).toEqual([]);
  });

  it('is strict: same-origin only, no unsafe-inline or unsafe-eval, wasm allowed for search', () => {
    const directives = new Map(contentSecurityPolicy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:|data:[^;]*script/);
  });

  it('`_headers` sends the same policy, and a server that honours it enforces it', async () => {
    const headers = await readFile(join(site.distDir, '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`);
    const response = await fetch(`${site.baseUrl}/`);
    expect(response.headers.get('content-security-policy')).toContain(contentSecurityPolicy);
  });

  it('blocks script injected into a page at run time, and reports it', async () => {
    const context = await browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/`);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      await new Promise((settle) => setTimeout(settle, 100));
      return (window as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    expect(guard.problems.some((problem) => problem.includes('script-src'))).toBe(true);
    await context.close();
  });
});

describe('hostile text in records', () => {
  let work: string;
  let dir: string;
  let served: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    work = await mkdtemp(join('.build', 'hostile-site-'));
    dir = join(work, 'site');
    // The fixture's letters carry <script>, <img onerror> and a javascript: link in their text.
    const store = join(work, 'store');
    writeRecordStore(store, JSON.parse(await readFile('tests/site/fixtures/letters.json', 'utf8')) as LetterRecord[]);
    await buildSite({ storeDir: store, outDir: dir });
    served = await serveStatic(dir);
  }, 300_000);

  afterAll(async () => {
    await served?.close();
    await rm(work, { recursive: true, force: true });
  });

  it('is shown literally, never run, and a javascript: URL never becomes a link', async () => {
    const fixture = JSON.parse(await readFile('tests/site/fixtures/letters.json', 'utf8')) as { url: string }[];
    const context = await browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const text: string[] = [];
    for (const { url } of fixture) {
      await page.goto(`${served.url}${url}`);
      // Footnote marks sit inside the fixture's hostile text; read the text without them.
      await page.locator('sup.fnref').evaluateAll((marks) => marks.forEach((mark) => mark.remove()));
      text.push(await page.locator('main').innerText());
      expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
      const hrefs = await page.$$eval('a[href]:not([download])', (links) => links.map((link) => link.getAttribute('href') as string));
      expect(hrefs.filter((href) => !/^(https?:\/\/|\/|#)/.test(href))).toEqual([]);
      const downloads = await page.$$eval('a[href][download]', (links) => links.map((link) => link.getAttribute('href') as string));
      expect(downloads.filter((href) => !CSL_DOWNLOAD.test(href))).toEqual([]);
    }
    const all = text.join('\n');
    expect(all).toContain('<script>alert(1)</script>');
    expect(all).toContain('<img src=x onerror=alert(1)>');
    expect(all).toContain('javascript:alert(1)');
    expect(dialogs).toEqual([]);
    expect(guard.problems).toEqual([]);
    await context.close();
  });

  it('links a citation of an archived letter to its page, whether cited by a joint symbol or with an en dash', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cited = async (url: string) => {
      await page.goto(`${served.url}${url}`);
      return page.$$eval('a[data-symbol]', (links) => links.map((link) => [link.getAttribute('data-symbol'), link.getAttribute('href')]));
    };
    // The fixture's second and third letters cite the first (A/61/947-S/2007/339); the first cites letters outside it.
    expect(await cited('/letters/a-61-1006/')).toEqual([['A/61/947-S/2007/339', '/letters/a-61-947/']]);
    expect(await cited('/letters/2021-05-15/')).toEqual([['A/61/947-S/2007/339', '/letters/a-61-947/']]);
    expect(await cited('/letters/a-61-947/')).toEqual([
      ['A/61/938-S/2007/327', 'https://undocs.org/zh/A/61/938-S/2007/327'],
      ['S/RES/822(1993)', 'https://undocs.org/zh/S/RES/822(1993)'],
    ]);
    await context.close();
  });

  it('cannot end the JSON-LD block early', async () => {
    for (const file of await htmlPages(dir)) {
      const html = await readFile(file, 'utf8');
      for (const [, json] of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) {
        expect(() => JSON.parse(json as string)).not.toThrow();
      }
    }
  });
});

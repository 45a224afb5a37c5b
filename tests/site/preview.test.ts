/**
 * The site as `npm start` serves it: Astro's preview server over the built test
 * site, which sends the build's `.gz` files with `Content-Encoding: gzip` (so the
 * browser decompresses them before the page does), unlike the tests' own server.
 * A search must still find its hits and count its filters there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordUnits } from '../../src/search/recordUnits.ts';
import { builtRecords } from '../support/builtRecords.ts';
import { guardContext, launchBrowser } from '../support/browser.ts';
import { testSiteDist } from '../support/testSite.ts';

let preview: ChildProcess;
let baseUrl: string;
let browser: Browser;
let dist: string;

beforeAll(async () => {
  dist = await testSiteDist();
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  preview = spawn(resolve('node_modules/.bin/astro'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', dist], { stdio: 'ignore' });
  await waitUntilServed(`${baseUrl}/`);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  preview?.kill();
});

describe('search under `npm start`', () => {
  it('sends the letter texts gzip-encoded, and the search page still finds every letter and counts the filters', async () => {
    const text = await fetch(`${baseUrl}/pagefind/text/0.json.gz`, { headers: { 'accept-encoding': 'gzip' } });
    expect(text.headers.get('content-encoding')).toBe('gzip');

    const records = await builtRecords(dist);
    const letters = records.filter((record) => recordUnits(record).some(([, , , , unit]) => unit.includes('阿塞拜疆')));
    const context = await browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('阿塞拜疆')}`);
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    while (await page.isVisible('#search-more')) {
      await page.click('#search-more');
      await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    }
    expect(await page.locator('#search-results .search-letter').count()).toBe(letters.length);
    await page.waitForSelector('#search-filters[aria-busy="false"]', { state: 'attached' });
    expect(await page.locator('#search-filters input[name=part]').count()).toBeGreaterThan(0);
    expect(guard.problems).toEqual([]);
    await context.close();
  });
});

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves once `url` answers 200. */
async function waitUntilServed(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${url} never answered`);
}

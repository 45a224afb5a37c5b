/**
 * `npx tsx scripts/screenshotIndexes.ts --dist DIR [--out DIR]`: screenshots of a
 * built archive's senders index and topics index at 1280 px (the README shows
 * those of a 2,000-letter synthetic archive), taken in Debian's Chromium.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/serveStatic.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'tests/site/screenshots' } } });
const server = await serveStatic(resolve(values.dist));
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  for (const [path, name] of [
    ['/senders/', 'senders-index-1280.png'],
    ['/topics/', 'topics-index-1280.png'],
  ] as const) {
    await page.goto(`${server.url}${path}`);
    await page.screenshot({ path: join(values.out, name) });
    console.log(`${path} → ${join(values.out, name)}`);
  }
} finally {
  await browser.close();
  await server.close();
}

/**
 * Headless Chromium for browser tests: Debian's /usr/bin/chromium driven by
 * playwright-core, and a page guard that records every CSP violation, script
 * error and request that leaves the loopback host (such requests are aborted, so
 * a test can never reach the network).
 *
 *   const browser = await launchBrowser();
 *   const context = await browser.newContext();
 *   const guard = await guardContext(context);
 *   … expect(guard.problems).toEqual([]);
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts Chromium (close it in afterAll). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args });
}

export interface PageGuard {
  /** What went wrong so far, one line each: `csp: …`, `pageerror: …`, `console: …`, `offsite request: …`. */
  problems: string[];
}

/** Watches every page of `context`; call before the first navigation. */
export async function guardContext(context: BrowserContext): Promise<PageGuard> {
  const guard: PageGuard = { problems: [] };
  await context.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if (protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
    guard.problems.push(`offsite request: ${route.request().url()}`);
    return route.abort('blockedbyclient');
  });
  // Chromium reports violations as console errors too; the event names the directive exactly.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  context.on('console', (message) => {
    if (message.type() === 'error') guard.problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  context.on('weberror', (error) => guard.problems.push(`pageerror: ${error.error().message}`));
  return guard;
}

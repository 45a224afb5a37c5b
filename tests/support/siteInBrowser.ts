/**
 * The usual setting of a browser test file: the built test site served on loopback,
 * its records, and Chromium — started before the file's tests and closed after.
 * Call at the top level of a test file; read the fields inside tests and hooks.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { LetterRecord } from '../../src/records/schema.ts';
import { launchBrowser } from './browser.ts';
import { builtRecords } from './builtRecords.ts';
import { startSite, type TestSite } from './testSite.ts';

export interface SiteInBrowser {
  site: TestSite;
  records: LetterRecord[];
  browser: Browser;
}

export function useSiteInBrowser(): SiteInBrowser {
  const setting = {} as SiteInBrowser;
  beforeAll(async () => {
    setting.site = await startSite();
    setting.records = await builtRecords(setting.site.distDir);
    setting.browser = await launchBrowser();
  });
  afterAll(async () => {
    await setting.browser?.close();
    await setting.site?.close();
  });
  return setting;
}

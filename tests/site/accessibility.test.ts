/** axe-core in Chromium over every page type, light and dark: no serious or critical violations. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { agendaTopics } from '../../src/records/agendaTopics.ts';
import { senderSlug } from '../../src/records/archiveSenders.ts';
import type { LetterRecord } from '../../src/records/schema.ts';
import { guardContext } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

const env = useSiteInBrowser();

/** One page of each type; every letter, since letters differ most. */
function pagesToCheck(): string[] {
  const topic = agendaTopics(env.records)[0];
  const session = env.records.find((record) => record.session.generalAssembly !== null)?.session.generalAssembly;
  return [
    '/',
    ...env.records.map((record) => record.url),
    '/topics/',
    ...(topic ? [`/topics/${topic.id}/`] : []),
    ...(env.records[0] ? [`/years/${env.records[0].letterDate.slice(0, 4)}/`] : []),
    '/sessions/',
    ...(session ? [`/sessions/${session}/`] : []),
    '/senders/',
    ...(env.records[0] ? [`/senders/${senderSlug(env.records[0].sender)}/`] : []),
    '/no-such-page/',
  ];
}

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations on any page type (${colorScheme})`, async () => {
      const context = await env.browser.newContext({ colorScheme });
      await guardContext(context);
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of pagesToCheck()) {
        await page.goto(`${env.site.baseUrl}${path}`);
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const violation of violations.filter((candidate) => candidate.impact === 'serious' || candidate.impact === 'critical')) {
          found.push(`${path}: ${violation.id} (${violation.impact}) ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
        }
      }
      expect(found).toEqual([]);
      await context.close();
    }, 300_000);
  }

  it('reaches every link and control of a letter page from the keyboard, skip link first', async () => {
    const record = env.records[0] as LetterRecord;
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.site.baseUrl}${record.url}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-main');
    const focusable = await page.locator('main a[href], main summary, main button').count();
    const reached = new Set<string>();
    for (let step = 0; step < focusable; step++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        return `${active.tagName}:${active.getAttribute('href') ?? active.textContent}:${[...document.querySelectorAll('main a[href], main summary, main button')].indexOf(active)}`;
      }));
    }
    expect(reached.size).toBe(focusable);
    await context.close();
  });
});

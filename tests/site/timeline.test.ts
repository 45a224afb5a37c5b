/**
 * The home page's timeline, in Chromium: an SVG in the page as built (no script
 * draws it), one bar per year with letters, each a link to its year page that
 * lists that many letters; readable in the dark theme too.
 */
import { describe, expect, it } from 'vitest';
import { groupBy } from '../../src/components/utils/groupBy.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

const env = useSiteInBrowser();

describe('the home timeline', () => {
  it('is drawn without JavaScript, each bar leading to its year, tall as its letters', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.baseUrl}/`);
    const bars = await page.$$eval('figure.year-timeline svg a', (links) =>
      links.map((link) => ({ href: link.getAttribute('href'), label: link.getAttribute('aria-label'), height: Number(link.querySelector('.bar')?.getAttribute('height')) })),
    );
    const perYear = groupBy(env.records, (record) => record.letterDate.slice(0, 4));
    expect(bars.map((bar) => bar.href)).toEqual([...perYear.keys()].map((year) => `/years/${year}/`));
    const busiest = Math.max(...[...perYear.values()].map((letters) => letters.length));
    for (const [year, letters] of perYear) {
      const bar = bars.find((candidate) => candidate.href === `/years/${year}/`);
      expect(bar?.label).toBe(`${year} 年：${letters.length} 封`);
      // The busiest year's bar is tallest; the others in proportion (rounded to a pixel).
      expect(Math.abs((bar?.height ?? 0) - (96 * letters.length) / busiest)).toBeLessThanOrEqual(1);
    }
    // Years between the first and last without letters keep their place, without a link.
    const years = await page.$$eval('figure.year-timeline svg text.year', (labels) => labels.map((label) => Number(label.textContent)));
    expect(years[0]).toBe(Number([...perYear.keys()][0]));
    expect(years.at(-1)).toBe(Number([...perYear.keys()].at(-1)));

    for (const bar of bars) {
      await page.locator(`figure.year-timeline a[href="${bar.href}"]`).click();
      await page.waitForURL(`${env.site.baseUrl}${bar.href}`);
      const listed = await page.$$eval('[data-letter]', (items) => items.length);
      expect(`${bar.href}: ${listed}`).toBe(`${bar.href}: ${perYear.get(bar.href?.slice(7, 11) as string)?.length}`);
      await page.goBack();
    }
    await context.close();
  });

  it('draws its bars in the theme’s accent colour, light and dark', async () => {
    const fills: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await env.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${env.site.baseUrl}/`);
      const { bar, background } = await page.evaluate(() => ({
        bar: getComputedStyle(document.querySelector('figure.year-timeline .bar') as Element).fill,
        background: getComputedStyle(document.body).backgroundColor,
      }));
      expect(bar).not.toBe(background);
      fills.push(bar);
      await context.close();
    }
    expect(fills[0]).not.toBe(fills[1]);
  });
});

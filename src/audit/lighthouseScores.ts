/**
 * Lighthouse's four category scores (performance, accessibility, best practices,
 * SEO, each 0–100) for pages of a site already served on loopback, in Debian's
 * Chromium, headless, with Lighthouse's default mobile settings.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

export interface PageScores {
  url: string;
  /** Category id → score out of 100. */
  scores: Record<string, number>;
  /** The audits that lost points, per category: `category: audit id (score)`. */
  failing: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Audits each URL in turn in one Chromium. */
export async function lighthouseScores(urls: readonly string[], chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<PageScores[]> {
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const results: PageScores[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
      const failing = CATEGORIES.flatMap((id) =>
        (categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}: ${ref.id} (${audits[ref.id]?.score})`),
      );
      results.push({ url, scores, failing });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse's four category scores (performance, accessibility, best practices,
 * SEO, each 0–100) for pages of a site already served on loopback, in Debian's
 * Chromium, headless, with Lighthouse's default mobile settings. Performance
 * varies with the machine's load, so each page is audited several times and the
 * median of each category is kept, as Lighthouse's own guidance advises.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

export interface PageScores {
  url: string;
  /** Category id → score out of 100. */
  scores: Record<string, number>;
  /** The audits that lost points in any run: `category: audit id (score)`. */
  failing: string[];
}

/** The middle value (the lower middle of an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Audits each URL `runs` times in one Chromium; per category, the median score. */
export async function lighthouseScores(urls: readonly string[], runs = 3, chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<PageScores[]> {
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const results: PageScores[] = [];
    for (const url of urls) {
      const perRun: Record<string, number>[] = [];
      const failing = new Set<string>();
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { categories, audits } = result.lhr;
        perRun.push(Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])));
        for (const id of CATEGORIES) {
          for (const ref of categories[id]?.auditRefs ?? []) {
            if (ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1) failing.add(`${id}: ${ref.id}`);
          }
        }
      }
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(perRun.map((run) => run[id] ?? 0))]));
      results.push({ url, scores, failing: [...failing] });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

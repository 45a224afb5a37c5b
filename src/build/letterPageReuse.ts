/**
 * The letter pages a rebuild copies from the last build rather than renders:
 * those whose key (letterPageKeys.ts) the last build wrote down unchanged, and
 * whose file it holds. The keys are kept in the site, in LETTER_KEYS_FILE, for
 * the next build to compare; a missing or unreadable file means no page is reused.
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/** Where the site keeps its letter pages' keys, by page URL. */
export const LETTER_KEYS_FILE = '_build/letter-pages.json';

const LetterKeys = z.record(z.string(), z.string());

/** The file, under the site folder, of the page at `url` (`/letters/a/` → `letters/a/index.html`). */
export function pageFile(url: string): string {
  return `${url.replace(/^\//, '')}index.html`;
}

/** The URLs of the letter pages whose key in `keys` is the one the site in `previousSiteDir` was built with. */
export async function reusableLetterPages(keys: ReadonlyMap<string, string>, previousSiteDir: string): Promise<Set<string>> {
  const text = await readFile(join(previousSiteDir, LETTER_KEYS_FILE), 'utf8').catch(() => undefined);
  let previous: Record<string, string> = {};
  try {
    previous = LetterKeys.parse(JSON.parse(text ?? '{}'));
  } catch {
    // A damaged file from an interrupted copy: render every page.
  }
  const reusable = new Set<string>();
  for (const [url, key] of keys) {
    if (previous[url] !== key) continue;
    const exists = await access(join(previousSiteDir, pageFile(url))).then(
      () => true,
      () => false,
    );
    if (exists) reusable.add(url);
  }
  return reusable;
}

/** Writes `keys` into the site in `siteDir` for the next build. */
export async function writeLetterPageKeys(keys: ReadonlyMap<string, string>, siteDir: string): Promise<void> {
  const file = join(siteDir, LETTER_KEYS_FILE);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(Object.fromEntries(keys)));
}

/**
 * The pages a rebuild copies from the last build rather than renders: letter and
 * listing pages whose key (letterPageKeys.ts, listingPageKeys.ts) the last build
 * wrote down unchanged, and whose file it holds. The keys are kept in the site, in
 * PAGE_KEYS_FILE, for the next build to compare; a missing or unreadable file
 * means no page is reused.
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/** Where the site keeps its pages' keys, by page URL. */
export const PAGE_KEYS_FILE = '_build/page-keys.json';

const PageKeys = z.record(z.string(), z.string());

/** A page's key: a hash of everything it is rendered from, given as JSON-able parts. */
export function pageKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/** The file, under the site folder, of the page at `url` (`/letters/a/` → `letters/a/index.html`). */
export function pageFile(url: string): string {
  return `${url.replace(/^\//, '')}index.html`;
}

/** The URLs of the pages whose key in `keys` is the one the site in `previousSiteDir` was built with. */
export async function reusablePages(keys: ReadonlyMap<string, string>, previousSiteDir: string): Promise<Set<string>> {
  const text = await readFile(join(previousSiteDir, PAGE_KEYS_FILE), 'utf8').catch(() => undefined);
  let previous: Record<string, string> = {};
  try {
    previous = PageKeys.parse(JSON.parse(text ?? '{}'));
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
export async function writePageKeys(keys: ReadonlyMap<string, string>, siteDir: string): Promise<void> {
  const file = join(siteDir, PAGE_KEYS_FILE);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(Object.fromEntries(keys)));
}

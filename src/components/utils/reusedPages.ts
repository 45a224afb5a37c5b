/**
 * The pages this build copies from the last one instead of rendering (see
 * src/build/pageReuse.ts): letter and listing pages whose key is unchanged. The
 * build names a JSON list of their URLs in ARCHIVE_REUSED_PAGES. The routes leave
 * them out; the sitemap adds them back.
 */
import { readFileSync } from 'node:fs';

let cached: { file: string; urls: Set<string> } | undefined;

/** The URLs of the pages not rendered in this build (none without ARCHIVE_REUSED_PAGES). */
export function reusedPages(): Set<string> {
  const file = process.env.ARCHIVE_REUSED_PAGES;
  if (file === undefined || file === '') return new Set();
  if (cached?.file !== file) cached = { file, urls: new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]) };
  return cached.urls;
}

/** The static paths of `entries` whose page (its URL by `urlOf`) is rendered in this build. */
export function renderedPaths<Entry>(entries: readonly Entry[], urlOf: (entry: Entry) => string): Entry[] {
  const reused = reusedPages();
  return reused.size === 0 ? [...entries] : entries.filter((entry) => !reused.has(urlOf(entry)));
}

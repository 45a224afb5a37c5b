/**
 * The letter pages this build copies from the last one instead of rendering
 * (see src/build/letterPageReuse.ts): the build names a JSON list of their URLs
 * in ARCHIVE_REUSED_PAGES. The letter route leaves them out; the sitemap adds
 * them back.
 */
import { readFileSync } from 'node:fs';

let cached: { file: string; urls: Set<string> } | undefined;

/** The URLs of the letter pages not rendered in this build (none without ARCHIVE_REUSED_PAGES). */
export function reusedLetterPages(): Set<string> {
  const file = process.env.ARCHIVE_REUSED_PAGES;
  if (file === undefined || file === '') return new Set();
  if (cached?.file !== file) cached = { file, urls: new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]) };
  return cached.urls;
}

/**
 * The pages a build rendered again to the very bytes of the last build's page at
 * the same path (a listing the new letter does not appear on, say): the last
 * build validated them, and their links point at pages that still exist, since
 * a page linked to goes only with the letters or listings that link to it, and
 * those would then differ. Validation skips them, as it skips copied pages.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * The HTML pages under `siteDir` (site-relative, `/`-separated) that are byte for
 * byte those under `previousSiteDir`, with `copied` (the pages linked from it,
 * identical by construction and not read again) among them.
 */
export async function identicalPages(siteDir: string, previousSiteDir: string, copied: ReadonlySet<string>): Promise<Set<string>> {
  const identical = new Set(copied);
  for (const entry of await readdir(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (copied.has(file)) continue;
    const previous = await readFile(join(previousSiteDir, file)).catch(() => undefined);
    if (previous !== undefined && previous.equals(await readFile(join(siteDir, file)))) identical.add(file);
  }
  return identical;
}

/**
 * The size of a built site as a static host sees it: files, bytes, and the
 * largest file (hosts limit all three: Cloudflare Pages 20,000 files and 25 MiB
 * a file, GitHub Pages 1 GB a site).
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface SiteMeasurement {
  files: number;
  bytes: number;
  largestFile: { path: string; bytes: number };
}

export async function measureSite(siteDir: string): Promise<SiteMeasurement> {
  let files = 0;
  let bytes = 0;
  let largestFile = { path: '', bytes: 0 };
  for (const entry of await readdir(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { size } = await stat(path);
    files += 1;
    bytes += size;
    if (size > largestFile.bytes) largestFile = { path: relative(siteDir, path), bytes: size };
  }
  return { files, bytes, largestFile };
}

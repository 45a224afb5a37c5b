/**
 * The size of a built site's search index: every folder holding a Pagefind
 * entry file (`pagefind-entry.json`), wherever the index builder put it, counted
 * whole — entry, wasm, JS, index chunks, fragments and filters.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface IndexMeasurement {
  bytes: number;
  files: number;
  /** The index folders counted, relative to the site. */
  folders: string[];
}

export async function measureIndex(siteDir: string): Promise<IndexMeasurement> {
  const folders = await findIndexFolders(siteDir);
  let bytes = 0;
  let files = 0;
  for (const folder of folders) {
    for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      bytes += (await stat(join(entry.parentPath, entry.name))).size;
      files += 1;
    }
  }
  return { bytes, files, folders: folders.map((folder) => relative(siteDir, folder) || '.') };
}

async function findIndexFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  if (entries.some((entry) => entry.isFile() && entry.name === 'pagefind-entry.json')) return [dir];
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) found.push(...(await findIndexFolders(join(dir, entry.name))));
  }
  return found;
}

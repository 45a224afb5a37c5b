/**
 * Writes `preload.js` into the index folder: a script the search page loads from
 * its head, which asks the browser to fetch what Pagefind needs before its first
 * search (its entry file, its metadata and its WebAssembly) while the page's own
 * scripts load, instead of one after another once Pagefind has started. Their
 * names are known only once Pagefind has written the first bundle: the metadata
 * is named by a hash of the index, and the entry file is fetched with a cache tag
 * (`?ts=`), which the page passes to Pagefind from `layout.json` (IndexLayout's
 * `entryTag`) so that the fetch matches the preload. The tag is a hash of the entry
 * file, so that a browser never takes a new index's entry from an old cache.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** What the first bundle's `pagefind-entry.json` says of its one language. */
const Entry = z.object({ languages: z.record(z.string(), z.object({ hash: z.string(), wasm: z.string().nullable().optional() })) });

/** The script's name in the index folder. */
export const PRELOAD_SCRIPT = 'preload.js';

/** Writes the preload script for the index in `indexDir` (whose first bundle Pagefind has written); returns the entry's cache tag. */
export async function writeStartupPreloads(indexDir: string, indexUrl: string): Promise<string> {
  const text = await readFile(join(indexDir, 'pagefind-entry.json'), 'utf8');
  const tag = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const languages = Object.values(Entry.parse(JSON.parse(text)).languages);
  const files = [
    `pagefind-entry.json?ts=${tag}`,
    ...languages.flatMap(({ hash, wasm }) => [`pagefind.${hash}.pf_meta`, `wasm.${wasm ?? 'unknown'}.pagefind`]),
  ].map((file) => `${indexUrl}${file}`);
  // Fetched as Pagefind's own fetch() asks for them (CORS mode, same-origin credentials), so that it takes the preloaded responses.
  const script = `for (const href of ${JSON.stringify([...new Set(files)])}) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}
`;
  await writeFile(join(indexDir, PRELOAD_SCRIPT), script);
  return tag;
}

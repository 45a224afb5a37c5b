/**
 * What the search page preloads from its head, so that the browser fetches what
 * Pagefind needs before its first search (its entry file, its metadata and its
 * WebAssembly) while the page's own scripts load, instead of one after another
 * once Pagefind has started. Their names are known only once Pagefind has written
 * the first bundle: the metadata is named by a hash of the index, and the entry
 * file is fetched with a cache tag (`?ts=`), which the page passes to Pagefind
 * from `layout.json` (IndexLayout's `entryTag`) so that the fetch matches the
 * preload. The tag is a hash of the entry file, so that a browser never takes a
 * new index's entry from an old cache. The build writes the links into the page
 * (see build/addPreloads.ts).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** What the first bundle's `pagefind-entry.json` says of its one language. */
const Entry = z.object({ languages: z.record(z.string(), z.object({ hash: z.string(), wasm: z.string().nullable().optional() })) });

export interface StartupPreloads {
  /** The entry file's cache tag. */
  entryTag: string;
  /** The files to preload, as site paths: the entry file with its tag, then each language's metadata and WebAssembly. */
  hrefs: string[];
}

/** The preloads for the index in `indexDir` (whose first bundle Pagefind has written), served at `indexUrl`. */
export async function startupPreloads(indexDir: string, indexUrl: string): Promise<StartupPreloads> {
  const text = await readFile(join(indexDir, 'pagefind-entry.json'), 'utf8');
  const entryTag = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const languages = Object.values(Entry.parse(JSON.parse(text)).languages);
  const files = [
    `pagefind-entry.json?ts=${entryTag}`,
    ...languages.flatMap(({ hash, wasm }) => [`pagefind.${hash}.pf_meta`, `wasm.${wasm ?? 'unknown'}.pagefind`]),
  ];
  return { entryTag, hrefs: [...new Set(files)].map((file) => `${indexUrl}${file}`) };
}

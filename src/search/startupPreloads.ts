/**
 * What the browser can fetch before Pagefind asks for it. Pagefind starts an
 * index by fetching its entry file, then the metadata the entry names (and,
 * for the first bundle, its WebAssembly): one request after another. The build
 * names those files in advance: each bundle's entry cache tag (a hash of the
 * entry file, so that a browser never takes a new index's entry from an old
 * cache) and metadata file go into `layout.json`, and the search page preloads
 * the first bundle's from its head while its own scripts load (the build adds
 * the links, see build/addPreloads.ts), and a merged bundle's as its merge
 * starts (see client/searchArchive.ts). Pagefind fetches the entry with the tag
 * the page gives it (`?ts=`), so that the fetch matches the preload.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { entryFile, type IndexBundle } from './indexLayout.ts';

/** What a bundle's `pagefind-entry.json` says of its languages. */
const Entry = z.object({ languages: z.record(z.string(), z.object({ hash: z.string(), wasm: z.string().nullable().optional() })) });

/** The files an entry names besides itself, and its tag. */
export interface BundleEntry {
  /** A hash of the entry file, the cache tag it is fetched with. */
  entryTag: string;
  /** Its metadata file, in the bundle's folder. */
  meta: string;
  /** The WebAssembly its language runs on (only the first bundle keeps it). */
  wasm: string;
}

/** Reads the entry file of the bundle Pagefind wrote to `bundleDir`: the archive's index is one language. */
export async function readBundleEntry(bundleDir: string): Promise<BundleEntry> {
  const file = join(bundleDir, 'pagefind-entry.json');
  const text = await readFile(file, 'utf8');
  const languages = Object.values(Entry.parse(JSON.parse(text)).languages);
  const [language] = languages;
  if (language === undefined || languages.length > 1) throw new Error(`${file}: expected one language, found ${languages.length}`);
  return {
    entryTag: createHash('sha256').update(text).digest('hex').slice(0, 16),
    meta: `pagefind.${language.hash}.pf_meta`,
    wasm: `wasm.${language.wasm ?? 'unknown'}.pagefind`,
  };
}

/** The files the search page preloads from its head, as site paths under `indexUrl`: the first bundle's entry with its tag, metadata and WebAssembly. */
export function startupPreloads(first: IndexBundle, wasm: string, indexUrl: string): string[] {
  return [entryFile(first), `${first.path}${first.meta}`, wasm].map((file) => `${indexUrl}${file}`);
}

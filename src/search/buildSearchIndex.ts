/**
 * The build's search stage, written under `<site>/pagefind/`:
 * - a Pagefind index with one page per letter, whose words are the 4-grams
 *   of the letter's normalised text (see encodeNgrams.ts) and whose sort key
 *   `rank` is the letter's place in search order, so that a result's rank (and
 *   not a fetched fragment) tells the page which letter it is; besides the
 *   reader's filters, hidden shard filters (shardFilter.ts) cut search order
 *   into runs of SHARD_SIZE letters, so that the page can ask for one run at a
 *   time (see client/searchArchive.ts for why);
 * - `text/<rank>.json.gz`, per letter, the units a hit shows and is checked
 *   against, and the letter's filter values (the exact counts once all are read);
 * - `probes/<char>.json`, per character, the index chunks that start among the
 *   words beginning with it (see chunkProbes.ts);
 * - `shards.json`, the shards' size and number;
 * - `simplified.json.gz`, the character map the page normalises queries with,
 *   as one string of (traditional, simplified) character pairs.
 * Pagefind's fragments and its UI bundles are removed: the page never reads them.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { LetterRecord } from '../records/schema.ts';
import { chunkProbes } from './chunkProbes.ts';
import { encodeChar, encodeSymbol, encodeText } from './encodeNgrams.ts';
import { normaliseText } from './normaliseText.ts';
import { readIndexChunks } from './readIndexChunks.ts';
import { searchEntries, type SearchEntry } from './searchEntries.ts';
import { IN_SHARD, shardFilter, type Shards } from './shardFilter.ts';
import { simplifiedCharMap } from './simplifiedCharMap.ts';

/** Folder of the index under the site root, as the page loads it. */
export const INDEX_DIR = 'pagefind';

/** Letters per shard, in search order, unless the build says otherwise. */
export const SHARD_SIZE = 500;

export interface SearchIndexOptions {
  /** Letters per shard (default SHARD_SIZE); the page finds the shards in the index, so any size works. */
  shardSize?: number;
}

/** Letters sent to the Pagefind service, or compressed, at once: enough to keep it busy, few enough to bound memory. */
const BATCH = 64;

/** What Pagefind writes that the page never loads: per-page fragments (the page reads text/) and the UI bundles. */
const UNUSED_OUTPUT = [
  'fragment',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

const compress = promisify(gzip);

/** What `text/<rank>.json.gz` holds for one letter. */
export type LetterText = SearchEntry;

/** Indexes `records` into `siteDir`; fails when Pagefind reports any error. */
export async function buildSearchIndex(records: LetterRecord[], siteDir: string, { shardSize = SHARD_SIZE }: SearchIndexOptions = {}): Promise<void> {
  const simplified = simplifiedCharMap();
  const dir = join(siteDir, INDEX_DIR);
  const entries = searchEntries(records);
  const created = await pagefind.createIndex({});
  try {
    const { index } = created;
    if (!index) throw new Error(`search index: ${created.errors.join('; ')}`);
    const firstChars = new Set<string>();
    for (let start = 0; start < entries.length; start += BATCH) {
      const responses = await Promise.all(
        entries.slice(start, start + BATCH).map((entry, offset) => {
          const rank = start + offset;
          const texts = entry.units.map(([, , , , text]) => normaliseText(text, simplified).text);
          for (const char of texts.join('')) firstChars.add(encodeChar(char));
          const symbols = entry.symbols === '' ? [] : entry.symbols.split(' ').map((symbol) => encodeSymbol(normaliseText(symbol, simplified).text));
          return index.addCustomRecord({
            url: entry.url,
            // Each word once: the page asks Pagefind which letters hold a word, never where (15 % smaller chunks).
            content: [...new Set([...texts.flatMap(encodeText), ...symbols])].join(' '),
            language: 'zh',
            // No metadata: Pagefind would index its words beside the tokens; the page reads text/<rank>.json.gz instead.
            meta: {},
            filters: { ...entry.filters, [shardFilter(Math.floor(rank / shardSize))]: [IN_SHARD] },
            sort: { rank: String(rank) },
          });
        }),
      );
      const errors = responses.flatMap((response) => response.errors);
      if (errors.length > 0) throw new Error(`search index: ${errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    const probes = chunkProbes(await readIndexChunks(dir), firstChars);
    await mkdir(join(dir, 'probes'), { recursive: true });
    await Promise.all([...probes].map(([char, starts]) => writeFile(join(dir, 'probes', `${char}.json`), JSON.stringify(starts))));
  } finally {
    await pagefind.close();
  }
  await Promise.all(UNUSED_OUTPUT.map((name) => rm(join(dir, name), { recursive: true, force: true })));
  await mkdir(join(dir, 'text'), { recursive: true });
  for (let start = 0; start < entries.length; start += BATCH) {
    await Promise.all(
      entries.slice(start, start + BATCH).map(async (letter: LetterText, offset) => {
        await writeFile(join(dir, 'text', `${start + offset}.json.gz`), await compress(JSON.stringify(letter), { level: 9 }));
      }),
    );
  }
  const shards: Shards = { size: shardSize, count: Math.ceil(entries.length / shardSize) };
  await writeFile(join(dir, 'shards.json'), JSON.stringify(shards));
  const pairs = Object.entries(simplified).map(([from, to]) => from + to).join('');
  await writeFile(join(dir, 'simplified.json.gz'), await compress(JSON.stringify(pairs), { level: 9 }));
}

/**
 * Writes one bundle of the search index (see indexLayout.ts): a Pagefind index
 * of a run of letters, whose words are the 4-grams of each letter's normalised
 * text (see encodeNgrams.ts) and whose sort key `rank` is the letter's place in
 * the bundle, so that a result's score (and not a fetched fragment) tells the page
 * which letter it is; then, per first character, the chunks that start among its
 * words (`probes.json`, see chunkProbes.ts). Pagefind's service is closed
 * when the bundle is written, which gives back the memory it held for it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { chunkProbes } from './chunkProbes.ts';
import { encodeChar, encodeText } from './encodeNgrams.ts';
import { normalisedText, type SimplifiedCharMap } from './normaliseText.ts';
import { readIndexChunks } from './readIndexChunks.ts';
import type { SearchEntry } from './searchEntries.ts';

/** Letters sent to the Pagefind service at once: enough to keep it busy, few enough to bound memory. */
const BATCH = 64;

/** A letter of the bundle and the hidden filters (shard, bundle) that mark it. */
export interface BundleLetter {
  entry: SearchEntry;
  hidden: Record<string, string[]>;
}

/** Indexes `letters`, in rank order, into the Pagefind bundle `dir`; fails when Pagefind reports any error. */
export async function writePagefindBundle(letters: readonly BundleLetter[], dir: string, simplified: SimplifiedCharMap): Promise<void> {
  const created = await pagefind.createIndex({});
  try {
    const { index } = created;
    if (!index) throw new Error(`search index: ${created.errors.join('; ')}`);
    const firstChars = new Set<string>();
    for (let start = 0; start < letters.length; start += BATCH) {
      const responses = await Promise.all(
        letters.slice(start, start + BATCH).map(({ entry, hidden }, offset) => {
          const texts = entry.units.map(([, , , , text]) => normalisedText(text, simplified));
          for (const char of texts.join('')) firstChars.add(encodeChar(char));
          return index.addCustomRecord({
            url: entry.url,
            // Each word once: the page asks Pagefind which letters hold a word, never where (15 % smaller chunks).
            content: [...new Set(texts.flatMap(encodeText))].join(' '),
            language: 'zh',
            // No metadata: Pagefind would index its words beside the tokens; the page reads text/ instead.
            meta: {},
            filters: { ...entry.filters, ...hidden },
            sort: { rank: String(start + offset) },
          });
        }),
      );
      const errors = responses.flatMap((response) => response.errors);
      if (errors.length > 0) throw new Error(`search index: ${errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    await writeFile(join(dir, 'probes.json'), JSON.stringify(chunkProbes(await readIndexChunks(dir), firstChars)));
  } finally {
    await pagefind.close();
  }
}

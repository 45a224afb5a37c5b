/**
 * The build's search stage: a Pagefind index of every block and footnote, whose
 * words are the bigram tokens of the normalised text (see encodeBigrams.ts),
 * written to `<site>/pagefind/` with the character map the page normalises
 * queries with (`<site>/pagefind/simplified.json`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { LetterRecord } from '../records/schema.ts';
import { encodeText } from './encodeBigrams.ts';
import { normaliseText } from './normaliseText.ts';
import { searchEntries } from './searchEntries.ts';
import { simplifiedCharMap } from './simplifiedCharMap.ts';

/** Folder of the index under the site root, as the page loads it. */
export const INDEX_DIR = 'pagefind';

/** Records sent to the Pagefind service at once: enough to keep it busy, few enough to bound memory. */
const BATCH = 256;

/** Indexes `records` into `siteDir`; fails, writing nothing, when Pagefind reports any error. */
export async function buildSearchIndex(records: LetterRecord[], siteDir: string): Promise<void> {
  const simplified = simplifiedCharMap();
  const created = await pagefind.createIndex({});
  try {
    const { index } = created;
    if (!index) throw new Error(`search index: ${created.errors.join('; ')}`);
    const entries = searchEntries(records);
    for (let start = 0; start < entries.length; start += BATCH) {
      const responses = await Promise.all(
        entries.slice(start, start + BATCH).map((entry) =>
          index.addCustomRecord({
            url: entry.url,
            // Pagefind keeps the content for excerpts we do not use; tokens are all it needs.
            content: encodeText(normaliseText(entry.text, simplified).text).join(' '),
            language: 'zh',
            meta: entry.meta,
            filters: entry.filters,
            sort: { rank: String(entry.rank) },
          }),
        ),
      );
      const errors = responses.flatMap((response) => response.errors);
      if (errors.length > 0) throw new Error(`search index: ${errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, INDEX_DIR) });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    await mkdir(join(siteDir, INDEX_DIR), { recursive: true });
    await writeFile(join(siteDir, INDEX_DIR, 'simplified.json'), JSON.stringify(simplified));
  } finally {
    await pagefind.close();
  }
}

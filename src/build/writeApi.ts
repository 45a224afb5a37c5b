/**
 * Writes the archive's data for anyone scripting it, in files a static host
 * accepts at any size of the archive (no file over 25 MiB, a few hundred files
 * rather than one per letter): the letters of each month of letter date
 * (`api/documents/<YYYY-MM>.json`, by date then id), a catalogue of every letter
 * naming its month's file (`api/documents.json`), and the JSON Schema of both
 * (`api/schema.json`), generated from the zod schema so that they cannot drift apart.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { LetterRecord } from '../records/schema.ts';
import type { LetterSummary } from '../records/letterSummary.ts';
import { readRecord } from '../records/recordStore.ts';
import { groupBy } from '../components/utils/groupBy.ts';

/** One letter in `documents.json`: enough to find it, and the file that holds it whole. */
export const CatalogueEntry = z.object({
  id: z.string(),
  letterDate: z.string(),
  symbols: z.array(z.string()),
  /** The month's file, from the site root: `/api/documents/2007-06.json`. */
  file: z.string(),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

/** The API file holding the letters of `letterDate`'s month. */
export function apiFileOf(letterDate: string): string {
  return `/api/documents/${letterDate.slice(0, 7)}.json`;
}

/**
 * Writes the API files under `siteDir/api/` for the letters of `summaries` (sorted
 * by date, then id), reading their records from the store at `storeDir` a month at a time.
 */
export async function writeApi(summaries: readonly LetterSummary[], storeDir: string, siteDir: string): Promise<void> {
  await mkdir(join(siteDir, 'api', 'documents'), { recursive: true });
  const months = groupBy(summaries, (summary) => apiFileOf(summary.letterDate));
  for (const [file, letters] of months) await writeFile(join(siteDir, file), JSON.stringify(letters.map(({ id }) => readRecord(storeDir, id))));
  const catalogue: CatalogueEntry[] = summaries.map(({ id, letterDate, symbols }) => ({ id, letterDate, symbols, file: apiFileOf(letterDate) }));
  await writeFile(join(siteDir, 'api', 'documents.json'), JSON.stringify(catalogue));
  await writeFile(join(siteDir, 'api', 'schema.json'), `${JSON.stringify(apiSchema(), null, 2)}\n`);
}

/**
 * The JSON Schema of a month's file (an array of letters); a letter matches
 * `#/$defs/LetterRecord`, `documents.json` matches `#/$defs/Catalogue`.
 */
export function apiSchema(): Record<string, unknown> {
  const { $schema, ...letter } = z.toJSONSchema(LetterRecord, { io: 'output' });
  const { $schema: _catalogueSchema, ...entry } = z.toJSONSchema(CatalogueEntry, { io: 'output' });
  return {
    $schema,
    title: 'documents/<YYYY-MM>.json: the letters of a month, by date then id',
    type: 'array',
    items: { $ref: '#/$defs/LetterRecord' },
    $defs: {
      LetterRecord: letter,
      Catalogue: { title: 'documents.json: every letter, by date then id, and the file that holds it', type: 'array', items: entry },
    },
  };
}

/**
 * Reads a built site's letters back from its API files (see writeApi.ts): the
 * catalogue, then each month's file once, in the catalogue's order.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Archive, type LetterRecord } from '../records/schema.ts';
import { CatalogueEntry } from './writeApi.ts';

/** Every letter of the site built in `siteDir`, by date then id. */
export async function readApi(siteDir: string): Promise<LetterRecord[]> {
  const catalogue = z.array(CatalogueEntry).parse(JSON.parse(await readFile(join(siteDir, 'api', 'documents.json'), 'utf8')));
  const letters: LetterRecord[] = [];
  for (const file of new Set(catalogue.map((entry) => entry.file))) {
    letters.push(...Archive.parse(JSON.parse(await readFile(join(siteDir, file), 'utf8'))));
  }
  return letters;
}

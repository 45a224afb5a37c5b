/**
 * Reads a built site's letters back from its API files (see writeApi.ts): the
 * catalogue, then each month's file once, in the catalogue's order; whole, or a
 * month at a time for a reader that must not hold the whole archive.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Archive, type LetterRecord } from '../records/schema.ts';
import { CatalogueEntry } from './writeApi.ts';

/** The month files of the site built in `siteDir` (`/api/documents/2007-06.json`, from the site root), in the catalogue's order. */
export async function readApiMonths(siteDir: string): Promise<string[]> {
  const catalogue = z.array(CatalogueEntry).parse(JSON.parse(await readFile(join(siteDir, 'api', 'documents.json'), 'utf8')));
  return [...new Set(catalogue.map((entry) => entry.file))];
}

/** The letters of one month file of the site built in `siteDir`, by date then id. */
export async function readApiMonth(siteDir: string, file: string): Promise<LetterRecord[]> {
  return Archive.parse(JSON.parse(await readFile(join(siteDir, file), 'utf8')));
}

/** Every letter of the site built in `siteDir`, by date then id. */
export async function readApi(siteDir: string): Promise<LetterRecord[]> {
  const letters: LetterRecord[] = [];
  for (const file of await readApiMonths(siteDir)) letters.push(...(await readApiMonth(siteDir, file)));
  return letters;
}

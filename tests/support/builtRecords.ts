/** The records a built site was made from, read back from its `api/documents.json`: the truth tests compare pages with. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Archive, type LetterRecord } from '../../src/records/schema.ts';

export async function builtRecords(distDir: string): Promise<LetterRecord[]> {
  return Archive.parse(JSON.parse(await readFile(join(distDir, 'api', 'documents.json'), 'utf8')));
}

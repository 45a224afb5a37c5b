/**
 * Writes the archive's data for anyone scripting it: all letters
 * (`api/documents.json`), one file per letter (`api/documents/<id>.json`) and the
 * JSON Schema of both (`api/schema.json`), generated from the zod schema so the
 * three cannot drift apart.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { LetterRecord } from '../records/schema.ts';

/** Writes the API files under `siteDir/api/`. */
export async function writeApi(records: readonly LetterRecord[], siteDir: string): Promise<void> {
  const dir = join(siteDir, 'api', 'documents');
  await mkdir(dir, { recursive: true });
  await writeFile(join(siteDir, 'api', 'documents.json'), JSON.stringify(records));
  await Promise.all(records.map((record) => writeFile(join(dir, `${record.id}.json`), JSON.stringify(record))));
  await writeFile(join(siteDir, 'api', 'schema.json'), `${JSON.stringify(apiSchema(), null, 2)}\n`);
}

/**
 * The JSON Schema of `documents.json` (an array of letters); a single letter's file
 * matches `#/$defs/LetterRecord`.
 */
export function apiSchema(): Record<string, unknown> {
  const { $schema, ...letter } = z.toJSONSchema(LetterRecord, { io: 'output' });
  return {
    $schema,
    title: 'documents.json: the letters of the archive, by date then id',
    type: 'array',
    items: { $ref: '#/$defs/LetterRecord' },
    $defs: { LetterRecord: letter },
  };
}

/**
 * Ingests one seed file: decode → canonical Markdown → record → conservation check.
 * A pure function of the file's name and bytes, so its result can be cached by
 * content hash and files can be ingested in any order or in parallel.
 */
import type { LetterRecord } from '../records/schema.ts';
import { checkConservation } from './checkConservation.ts';
import { decodeSeed } from './decodeSeed.ts';
import { detectFlavour } from './detectFlavour.ts';
import { toCanonicalMarkdown } from './toCanonicalMarkdown.ts';
import { toLetterRecord } from './toLetterRecord.ts';

/** The validated record of seed `path`; throws a located VFileMessage naming `path` when the seed is refused. */
export function ingestLetter(path: string, bytes: Uint8Array): LetterRecord {
  const text = decodeSeed(path, bytes);
  const { markdown, lineMap } = toCanonicalMarkdown({ path, text });
  const record = toLetterRecord(markdown, { path, lineMap });
  checkConservation({ path, text, flavour: detectFlavour(text) }, record);
  return record;
}

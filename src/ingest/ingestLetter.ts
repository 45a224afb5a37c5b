/**
 * Ingests one seed file: decode → canonical Markdown → record → conservation check.
 * A pure function of the file's name and bytes, so its result can be cached by
 * content hash and files can be ingested in any order or in parallel.
 */
import type { LetterRecord } from '../records/schema.ts';
import { checkConservation } from './checkConservation.ts';
import { decodeSeed } from './decodeSeed.ts';
import { detectFlavour } from './detectFlavour.ts';
import { locatedMessage } from './locatedMessage.ts';
import { toCanonicalMarkdown } from './toCanonicalMarkdown.ts';
import { toLetterRecord } from './toLetterRecord.ts';

/**
 * The largest seed read: letters run to tens of kilobytes (the longest seed is 46 kB), so a
 * file a hundred times that is no letter, and parsing it would only stall the build.
 */
export const maxSeedBytes = 5 * 1024 * 1024;

/** The validated record of seed `path`; throws a located VFileMessage naming `path` when the seed is refused. */
export function ingestLetter(path: string, bytes: Uint8Array): LetterRecord {
  if (bytes.length > maxSeedBytes) {
    const megabytes = (size: number) => (size / 1024 / 1024).toFixed(1);
    throw locatedMessage({ path }, `file too large for a letter: ${megabytes(bytes.length)} MB (at most ${megabytes(maxSeedBytes)} MB)`, 1, 1, 'too-large');
  }
  const text = decodeSeed(path, bytes);
  const flavour = detectFlavour(text);
  const { markdown, lineMap } = toCanonicalMarkdown({ path, text });
  // A canonical seed is its own Markdown: its columns are the seed's, so errors may name them.
  const record = toLetterRecord(markdown, { path, lineMap: flavour === 'canonical' ? undefined : lineMap });
  checkConservation({ path, text, flavour }, record);
  return record;
}

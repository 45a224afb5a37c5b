/** The records a built site was made from, read back from its API files: the truth tests compare pages with. */
import { readApi } from '../../src/build/readApi.ts';
import type { LetterRecord } from '../../src/records/schema.ts';

export async function builtRecords(distDir: string): Promise<LetterRecord[]> {
  return readApi(distDir);
}

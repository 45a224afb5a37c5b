/**
 * Fetches the traditional → simplified character map the build wrote beside the
 * index as `simplified.json.gz`: one string of character pairs, the smallest
 * form of it (about 14 kB).
 */
import type { SimplifiedCharMap } from '../normaliseText.ts';
import { fetchGzipJson } from './fetchGzipJson.ts';

/** The map from the index folder `bundle`. */
export async function loadSimplifiedMap(bundle: string): Promise<SimplifiedCharMap> {
  const chars = [...(await fetchGzipJson<string>(new URL('simplified.json.gz', bundle)))];
  const map: Record<string, string> = {};
  for (let index = 0; index + 1 < chars.length; index += 2) map[chars[index] as string] = chars[index + 1] as string;
  return map;
}

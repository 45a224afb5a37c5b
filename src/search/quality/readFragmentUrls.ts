/**
 * The page URL of every result of a Pagefind index, read in Node from the
 * index's fragment files, so that the harness can name all of a query's results
 * from their ids alone: a browser fetching one fragment per result took
 * minutes a query once common terms matched thousands of pages.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Pagefind's marker before the JSON of a decompressed fragment (checked by its own loader too). */
const SIGNATURE = 'pagefind_dcd';
const EXTENSION = '.pf_fragment';

/** Result id (the fragment's hash, `result.id` in Pagefind's API) → page URL, for the index in `pagefindDir`. */
export async function readFragmentUrls(pagefindDir: string): Promise<Map<string, string>> {
  const dir = join(pagefindDir, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith(EXTENSION));
  const urls = new Map<string, string>();
  for (const name of names) {
    const text = gunzipSync(await readFile(join(dir, name))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${name}: not a Pagefind fragment (no ${SIGNATURE} signature)`);
    const { url } = JSON.parse(text.slice(SIGNATURE.length)) as { url?: unknown };
    // Pagefind can also write fragment groups (hash → fragment); default settings write one page a file.
    if (typeof url !== 'string') throw new Error(`${name}: a Pagefind fragment without a url (a fragment group?)`);
    urls.set(name.slice(0, -EXTENSION.length), url);
  }
  return urls;
}

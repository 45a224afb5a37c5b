/**
 * The archive's user dictionary for nodejieba: names the default dictionary splits
 * (`纳 / 戈尔诺 / - / 卡拉巴赫`). Ingest keywords and the search index both segment
 * with it, so that a name is one term on both sides.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Path of the dictionary file (cppjieba user-dictionary format: `word frequency tag` per line). */
export const archiveDictionaryPath = fileURLToPath(new URL('./archiveDictionary.utf8', import.meta.url));

type Nodejieba = typeof import('nodejieba');
let loaded: Nodejieba | undefined;

/** nodejieba with the archive dictionary loaded; loading happens once per process, however many letters. */
export function archiveJieba(): Nodejieba {
  if (!loaded) {
    // nodejieba is a CommonJS native addon.
    const nodejieba = createRequire(import.meta.url)('nodejieba') as Nodejieba;
    nodejieba.load({ userDict: archiveDictionaryPath });
    loaded = nodejieba;
  }
  return loaded;
}

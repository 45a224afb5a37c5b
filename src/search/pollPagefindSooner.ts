/**
 * Pagefind's browser script waits for its WebAssembly and metadata by polling:
 * a search asked for before the instance has started (`getPtr`), and a merge
 * asked for before the first bundle's WebAssembly is in (`mergeIndex`), look
 * again every 50 ms, so that the first search of a page starts on average 25 ms
 * after it could. The search page asks as soon as Pagefind's script has loaded,
 * before its files are in, so the index's copies of the script (page and
 * worker) poll every 4 ms instead (a browser's least delay for a nested timer).
 * The rewrite is exact: a Pagefind whose script waits otherwise fails the build.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Pagefind's two waits, as its 1.x scripts write them. */
const WAIT = 'await asyncSleep(50);';
const WAITS = 2;
const SOONER = 'await asyncSleep(4);';

/** The scripts of the first bundle (see indexLayout.ts) that hold the waits. */
const SCRIPTS = ['pagefind.js', 'pagefind-worker.js'];

/** Rewrites the waits of the Pagefind scripts in `bundleDir`. */
export async function pollPagefindSooner(bundleDir: string): Promise<void> {
  for (const name of SCRIPTS) {
    const file = join(bundleDir, name);
    await writeFile(file, pollSooner(await readFile(file, 'utf8'), file));
  }
}

/** `script` with its waits rewritten; `file` names it in the error when it does not wait as expected. */
export function pollSooner(script: string, file: string): string {
  const found = script.split(WAIT).length - 1;
  if (found !== WAITS) throw new Error(`${file}: expected Pagefind's ${WAITS} waits (${WAIT}), found ${found}`);
  return script.replaceAll(WAIT, SOONER);
}

/**
 * The index's two edits of the first bundle's Pagefind scripts (page and
 * worker), each exact: a Pagefind whose scripts read otherwise fails the build
 * rather than run unedited.
 *
 * - **Polling.** Pagefind waits for its WebAssembly and metadata by polling: a
 *   search asked for before the instance has started (`getPtr`), and a merge
 *   asked for before the first bundle's WebAssembly is in (`mergeIndex`), look
 *   again every 50 ms, so that the first search of a page starts on average 25 ms
 *   after it could. The search page asks as soon as Pagefind's script has
 *   loaded, so the scripts poll every 4 ms instead (a browser's least delay for
 *   a nested timer).
 * - **Inflating.** Pagefind's files (WebAssembly, metadata, index, filter and
 *   fragment chunks) are gzip streams, which its script inflates with a gzip
 *   decoder written in JavaScript, on the thread that asked: on the page, most
 *   of a search's own work before the WebAssembly runs, and as long tasks. Its
 *   `decompress` passes through a file that already begins with Pagefind's
 *   signature, so its fetches are made by `fetchInflated` instead, which
 *   inflates a gzip body with the browser's native `DecompressionStream`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The scripts of the first bundle (see indexLayout.ts) that the page and its worker run. */
const SCRIPTS = ['pagefind.js', 'pagefind-worker.js'];

/** Rewrites the Pagefind scripts in `bundleDir` (see the module comment). */
export async function editPagefindScripts(bundleDir: string): Promise<void> {
  for (const name of SCRIPTS) {
    const file = join(bundleDir, name);
    await writeFile(file, inflateNatively(pollSooner(await readFile(file, 'utf8'), file), file));
  }
}

/** Pagefind's two waits, as its 1.x scripts write them. */
const WAIT = 'await asyncSleep(50);';
const SOONER = 'await asyncSleep(4);';

/** `script` with its two 50 ms waits made 4 ms; `file` names it in the error when it does not wait as expected. */
export function pollSooner(script: string, file: string): string {
  return replaceExactly(script, file, WAIT, 2, SOONER);
}

/** Pagefind's one network call, in its fetch queue (`performFetch`). */
const FETCH = 'await fetch(queued.input)';

/**
 * `fetch` for Pagefind's files, as a script of its own (appended to Pagefind's
 * module, where a function declaration is in scope throughout): the response as
 * it is, unless it is a successful gzip stream and the browser can inflate one,
 * in which case a response holding the inflated bytes. Pagefind's gzip files
 * begin, once inflated, with its signature, which its `decompress` strips. The
 * bytes are written to the inflater directly: through a `Blob` they took about
 * twice as long in Chromium. A corrupt stream fails the response's body, where
 * Pagefind reads it, rather than the write.
 */
export const FETCH_INFLATED = `
async function fetchInflated(input) {
  const response = await fetch(input);
  if (!response.ok || typeof DecompressionStream === "undefined") return response;
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, init);
  const inflate = new DecompressionStream("gzip");
  const writer = inflate.writable.getWriter();
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  return new Response(inflate.readable, init);
}
`;

/** `script` with its fetches made by `fetchInflated`; `file` names it in the error when it fetches otherwise. */
export function inflateNatively(script: string, file: string): string {
  return replaceExactly(script, file, FETCH, 1, 'await fetchInflated(queued.input)') + FETCH_INFLATED;
}

/** `script` with each of exactly `times` occurrences of `find` replaced by `replacement`; otherwise an error naming `file`. */
function replaceExactly(script: string, file: string, find: string, times: number, replacement: string): string {
  const found = script.split(find).length - 1;
  if (found !== times) throw new Error(`${file}: expected Pagefind's script to hold \`${find}\` ${times} time(s), found ${found}`);
  return script.replaceAll(find, replacement);
}

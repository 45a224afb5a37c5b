/**
 * Fetches the files the build wrote beside the index: gzip-compressed JSON is
 * decompressed in the page, so that what crosses the network is small whatever
 * the host does (Pagefind's own files are stored the same way). Some hosts send
 * a `.gz` file with `Content-Encoding: gzip` (Astro's preview server does), and
 * the browser has then decompressed it already: the page looks at the bytes.
 * A file the page reads again (a text file of four letters, a symbol owner
 * file) is fetched once per page.
 */

/** The first two bytes of every gzip stream. */
const GZIP_MAGIC = [0x1f, 0x8b];

/** The response for `url`, or an error naming the file when the host has none. */
export async function fetchOk(url: URL): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`search: ${url.pathname}: HTTP ${response.status}`);
  return response;
}

/** The JSON value in the gzip file at `url`. */
export async function fetchGzipJson<T>(url: URL): Promise<T> {
  const bytes = new Uint8Array(await (await fetchOk(url)).arrayBuffer());
  const compressed = GZIP_MAGIC.every((byte, index) => bytes[index] === byte);
  return (await new Response(compressed ? inflated(bytes) : bytes).json()) as T;
}

/**
 * The bytes of the gzip stream `gzip`, inflated by the browser. They are written
 * to the inflater directly: through a `Blob` they took about twice as long in
 * Chromium. A corrupt stream fails the stream read, not the write.
 */
function inflated(gzip: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array> {
  const inflate = new DecompressionStream('gzip');
  const writer = inflate.writable.getWriter();
  writer.write(gzip).catch(() => {});
  writer.close().catch(() => {});
  return inflate.readable;
}

/** Files by URL, fetched or being fetched. */
const fetched = new Map<string, Promise<unknown>>();

/** The JSON value in the gzip file at `url`, fetched on the first call only; a failed fetch is not remembered, so that the next call tries again. */
export function fetchGzipJsonOnce<T>(url: URL): Promise<T> {
  let value = fetched.get(url.href);
  if (value === undefined) {
    value = fetchGzipJson<T>(url);
    value.catch(() => fetched.delete(url.href));
    fetched.set(url.href, value);
  }
  return value as Promise<T>;
}

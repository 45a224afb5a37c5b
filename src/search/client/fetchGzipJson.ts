/**
 * Fetches a gzip-compressed JSON file the build wrote beside the index and
 * decompresses it in the page, so that what crosses the network is small
 * whatever the host does (Pagefind's own files are stored the same way).
 */

/** The JSON value in the gzip file at `url`. */
export async function fetchGzipJson<T>(url: URL): Promise<T> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`search: ${url.pathname}: HTTP ${response.status}`);
  return (await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json()) as T;
}

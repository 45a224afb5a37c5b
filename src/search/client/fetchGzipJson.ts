/**
 * Fetches the files the build wrote beside the index: gzip-compressed JSON is
 * decompressed in the page, so that what crosses the network is small whatever
 * the host does (Pagefind's own files are stored the same way).
 */

/** The response for `url`, or an error naming the file when the host has none. */
export async function fetchOk(url: URL): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`search: ${url.pathname}: HTTP ${response.status}`);
  return response;
}

/** The JSON value in the gzip file at `url`. */
export async function fetchGzipJson<T>(url: URL): Promise<T> {
  const response = await fetchOk(url);
  return (await new Response(response.body?.pipeThrough(new DecompressionStream('gzip'))).json()) as T;
}

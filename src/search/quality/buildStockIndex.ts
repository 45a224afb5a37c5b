/**
 * Stock Pagefind over the same built pages, for comparison: the pagefind binary
 * with default settings indexes every HTML page of the site into a folder of its
 * own, beside a bare results page (no CSP, no site chrome) that runs a plain
 * Pagefind search for `?q=` the way Pagefind's default UI does: the first five
 * results' fragments are loaded before the results count as shown.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Results whose fragments the stock page loads before it is done (Pagefind UI's first page). */
export const STOCK_FIRST_PAGE = 5;

const page = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>stock Pagefind</title>
<script type="module" src="/stock-search.js"></script></head>
<body><ol id="search-results" aria-busy="true"></ol></body></html>
`;

const script = `const list = document.querySelector('#search-results');
const query = new URLSearchParams(location.search).get('q') ?? '';
const pagefind = await import('/pagefind/pagefind.js');
// Every result's id for a query, for precision and recall: the harness reads their URLs from the fragment files.
window.searchAll = async (text) => ((await pagefind.search(text))?.results ?? []).map((r) => r.id);
const search = await pagefind.search(query);
const results = search?.results ?? [];
for (const result of await Promise.all(results.slice(0, ${STOCK_FIRST_PAGE}).map((r) => r.data()))) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  item.append(link);
  list.append(item);
}
list.setAttribute('aria-busy', 'false');
`;

/** Indexes the HTML pages of `siteDir` with stock Pagefind into `outDir` (its own small site). */
export async function buildStockIndex(siteDir: string, outDir: string): Promise<void> {
  const created = await pagefind.createIndex({});
  try {
    const { index } = created;
    if (!index) throw new Error(`stock Pagefind: ${created.errors.join('; ')}`);
    const indexed = await index.addDirectory({ path: siteDir });
    if (indexed.errors.length > 0) throw new Error(`stock Pagefind: ${indexed.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`stock Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  await mkdir(outDir, { recursive: true });
  // At /search/ like the archive's page, so that both are opened by the same URL.
  await mkdir(join(outDir, 'search'), { recursive: true });
  await writeFile(join(outDir, 'search', 'index.html'), page);
  await writeFile(join(outDir, 'stock-search.js'), script);
}

/**
 * Adds preload links to a built page's head: for files whose names are known
 * only after the pages are rendered (the search index's, see
 * search/startupPreloads.ts). Written as Pagefind's own `fetch()` asks for them
 * (CORS mode, same-origin credentials), so that it takes the preloaded
 * responses. The page is replaced in one rename, so that a reader of it (the
 * site's validation, which runs while the index is built) sees it whole,
 * before or after.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';

/** Links `hrefs` as fetch preloads at the end of the head of the HTML page `file`. */
export async function addPreloads(file: string, hrefs: readonly string[]): Promise<void> {
  const html = await readFile(file, 'utf8');
  const heads = html.split('</head>').length - 1;
  if (heads !== 1) throw new Error(`${file}: expected one </head> to add preloads before, found ${heads}`);
  const links = hrefs.map((href) => `<link rel="preload" href="${escapeAttribute(href)}" as="fetch" crossorigin="anonymous">`).join('');
  const temporary = `${file}.preloads-${process.pid}`;
  await writeFile(temporary, html.replace('</head>', `${links}</head>`));
  await rename(temporary, file);
}

/** `value` safe inside a double-quoted attribute. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Asks the browser to fetch, all at once, files that Pagefind fetches a moment
 * later one behind another (a merged bundle's metadata behind its entry file,
 * see startupPreloads.ts). The links ask as Pagefind's own `fetch()` does (CORS
 * mode, same-origin credentials), so that its fetch takes the preloaded response.
 */

/** URLs asked for on this page: each is preloaded once. */
const asked = new Set<string>();

/** Preloads each of `urls` not preloaded yet. */
export function preloadFetches(urls: readonly string[]): void {
  for (const href of urls) {
    if (asked.has(href)) continue;
    asked.add(href);
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
  }
}

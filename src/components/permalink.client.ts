/**
 * Progressive enhancement of the paragraph permalinks: without JavaScript they are
 * plain `#id` links; with it, a click also copies the paragraph's full URL.
 */
import { copyWithFeedback } from './copyWithFeedback.ts';

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.permalink') : null;
  // Without a clipboard the link still navigates to the paragraph.
  if (!link || !navigator.clipboard) return;
  copyWithFeedback(link, new URL(link.hash, location.href).href, '链接');
});

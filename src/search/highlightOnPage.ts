/**
 * On a letter page opened from a search hit (`/letters/<id>/?q=…#<block>`), marks
 * where the query's terms occur in the target block, by the same rule the search
 * matched by. Footnote marks, printed numbers and permalinks are not text of the
 * block and are left alone.
 */
import { findMatches } from './findMatches.ts';
import type { SimplifiedCharMap } from './normaliseText.ts';
import { loadSimplifiedMap } from './client/loadSimplifiedMap.ts';
import { splitQuery } from './splitQuery.ts';

/** Elements inside a block whose text the record does not hold. */
const NOT_TEXT = '.fnref, .number, .permalink';

/** Wraps every match of `terms` in `root`'s own text in `<mark class="search-highlight">`; returns how many marks it made. */
export function highlightMatches(root: Element, terms: readonly string[], simplified: SimplifiedCharMap): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(NOT_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  let marks = 0;
  // From the last span back, so that splitting a node leaves earlier offsets valid.
  for (const span of findMatches(text, terms, simplified).reverse()) {
    for (const { node, start } of [...nodes].reverse()) {
      const from = Math.max(span.start, start) - start;
      const to = Math.min(span.end, start + node.data.length) - start;
      if (to <= from) continue;
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      range.surroundContents(mark);
      marks++;
    }
  }
  return marks;
}

async function highlightTarget(): Promise<void> {
  const query = new URLSearchParams(location.search).get('q');
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!query || !target) return;
  const simplified = await loadSimplifiedMap(new URL('/pagefind/', location.href).href);
  highlightMatches(target, splitQuery(query, simplified), simplified);
}

void highlightTarget();

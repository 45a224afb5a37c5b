/**
 * The results list: hits grouped by letter, the letter with most hits first
 * (archive order, newest first, among equals), each hit a link to its block
 * carrying the query so that the letter page can mark it.
 */
import { excerpt } from '../excerpt.ts';
import type { Hit } from './searchArchive.ts';

const PART_LABEL = { body: '正文', annex: '附件', footnote: '脚注' } as const;

/** Hits grouped by letter, best first: the order the list shows them in. */
export function groupHits(hits: readonly Hit[]): Hit[][] {
  const groups = new Map<string, Hit[]>();
  for (const hit of hits) groups.set(hit.letter, [...(groups.get(hit.letter) ?? []), hit]);
  // Map keeps first appearance, which is archive order; the sort is stable.
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

/** The `<section>` of one letter's hits. */
export function renderLetterHits(hits: readonly Hit[], query: string): HTMLElement {
  const [first] = hits;
  const section = element('section', 'search-letter');
  if (!first) return section;
  const heading = element('h2', 'search-letter-title');
  heading.append(element('a', '', first.title));
  (heading.firstChild as HTMLAnchorElement).href = first.letter;
  const facts = element('p', 'search-letter-facts', [first.date, first.symbols || '文号未载明', `${hits.length} 处`].join(' · '));
  const list = element('ol', 'search-hits');
  for (const hit of hits) {
    const item = element('li');
    item.append(renderHit(hit, query));
    list.append(item);
  }
  section.append(heading, facts, list);
  return section;
}

/** One hit: `<a data-hit>` to `<letter>?q=…#<block>`, naming where it stands, with the excerpt marked. */
function renderHit(hit: Hit, query: string): HTMLAnchorElement {
  const link = element('a', 'search-hit') as HTMLAnchorElement;
  link.dataset.hit = '';
  const [path, fragment = ''] = hit.url.split('#');
  link.href = `${path}?${new URLSearchParams({ q: query })}#${fragment}`;
  const where = element('span', 'search-hit-where', whereLabel(hit));
  const text = element('span', 'search-hit-excerpt');
  for (const piece of excerpt(hit.text, hit.spans)) text.append(piece.marked ? element('mark', '', piece.text) : piece.text);
  link.append(where, text);
  return link;
}

/** `附件一 · 第 3 段`, `正文`, `脚注 12`. */
function whereLabel(hit: Hit): string {
  if (hit.part === 'footnote') return `${PART_LABEL.footnote} ${hit.number}`;
  const part = hit.part === 'annex' ? hit.annex || PART_LABEL.annex : PART_LABEL.body;
  return hit.number ? `${part} · 第 ${hit.number} 段` : part;
}

function element(tag: string, className = '', text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

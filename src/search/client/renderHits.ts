/**
 * One letter in the list of results: its title (a link to the letter), the
 * mark of the document itself when the query is its symbol, its date, symbols,
 * sender and number of matching units, its best three excerpts, each a link to
 * its unit carrying the query so that the letter page can mark it, and, when it
 * has more, a link that opens the letter with every match marked.
 */
import { excerpt } from '../excerpt.ts';
import type { Hit, LetterHits } from './searchArchive.ts';

/** Excerpts shown per letter. */
export const EXCERPTS = 3;

const PART_LABEL = { meta: '信函信息', body: '正文', annex: '附件', footnote: '脚注' } as const;

/** The hits a letter shows: most marked spans first, reading order among equals. */
export function bestHits(hits: readonly Hit[]): Hit[] {
  return hits
    .map((hit, index) => ({ hit, index }))
    .sort((a, b) => b.hit.spans.length - a.hit.spans.length || a.index - b.index)
    .slice(0, EXCERPTS)
    .map(({ hit }) => hit);
}

/** The `<section>` of one letter with hits. */
export function renderLetterHits({ letter, self, hits }: LetterHits, query: string): HTMLElement {
  const section = element('section', 'search-letter');
  const heading = element('h2', 'search-letter-title');
  const title = element('a', '', letter.title) as HTMLAnchorElement;
  title.href = letter.url;
  heading.append(title);
  if (self) heading.append(' ', element('span', 'search-self', '本文件'));
  const facts = [letter.date, letter.symbols.split(' ').join('、') || '文号未载明', letter.sender, `${hits.length} 处匹配`].filter(Boolean);
  const list = element('ol', 'search-hits');
  for (const hit of self ? hits.slice(0, 1).concat(bestHits(hits.slice(1)).slice(0, EXCERPTS - 1)) : bestHits(hits)) {
    const item = element('li');
    item.append(renderHit(hit, query));
    list.append(item);
  }
  section.append(heading, element('p', 'search-letter-facts', facts.join(' · ')), list);
  if (hits.length > EXCERPTS) {
    const all = element('a', 'search-letter-all', `本信另有 ${hits.length - EXCERPTS} 处`) as HTMLAnchorElement;
    all.href = `${letter.url}?${new URLSearchParams({ q: query })}`;
    section.append(element('p', 'search-letter-more'));
    section.lastElementChild?.append(all);
  }
  return section;
}

/** One hit: `<a data-hit>` to `<letter>?q=…#<unit>`, naming where it stands, with the excerpt marked. */
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

/** `附件一 · 第 3 段`, `正文`, `脚注 12`, `标题`, `议程项目 71`. */
function whereLabel(hit: Hit): string {
  if (hit.part === 'footnote') return `${PART_LABEL.footnote} ${hit.number}`;
  if (hit.part === 'meta') return hit.number ? `${hit.label} ${hit.number}` : hit.label;
  const part = hit.part === 'annex' ? hit.label || PART_LABEL.annex : PART_LABEL.body;
  return hit.number ? `${part} · 第 ${hit.number} 段` : part;
}

function element(tag: string, className = '', text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

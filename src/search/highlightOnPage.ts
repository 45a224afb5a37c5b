/**
 * On a letter page opened from the search (`/letters/<id>/?q=…`, and `#<unit>`
 * for one hit), marks every match of the query in every unit of the letter, by
 * the same rule the search matched by, and adds controls (and the keys `n` and
 * `p`) to step from match to match, starting at the hit's unit. Footnote marks,
 * printed numbers and bullets, and permalinks are not text of a unit and are left alone.
 */
import { findMatches, matchesQuery } from './findMatches.ts';
import type { SimplifiedCharMap } from './normaliseText.ts';
import { loadSimplifiedMap } from './client/loadSimplifiedMap.ts';
import { splitQuery } from './splitQuery.ts';

/** Elements inside a unit whose text the record does not hold. */
const NOT_TEXT = '.fnref, .number, .bullet, .permalink, .marker, .backref';

/**
 * The elements of a letter page that hold a unit's text besides the header's
 * facts: the title, agenda item titles, blocks, annex headings, footnotes.
 */
const UNITS = '.letter-head h1, .letter-facts a[href^="/topics/"], .block, .annex-heading, .footnotes li[id]';

/** The header's facts that are units (see recordUnits.ts), by the term the page gives them; dates, keywords and the like are not. */
const HEAD_FACTS = new Set(['发信方', '收信方', '签名', '文号']);

/** Every element of the page holding one unit's text. */
function unitElements(): Element[] {
  const facts = [...document.querySelectorAll('.letter-facts > dt')].filter((term) => HEAD_FACTS.has(term.textContent?.trim() ?? '')).map((term) => term.nextElementSibling);
  return [...facts.filter((fact): fact is Element => fact !== null), ...document.querySelectorAll(UNITS)];
}

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

/** Marks the matches on the page and, when there are any, shows the stepping controls. */
async function highlightLetter(): Promise<void> {
  const query = new URLSearchParams(location.search).get('q');
  if (!query) return;
  const simplified = await loadSimplifiedMap(new URL('/pagefind/', location.href).href);
  const parsed = splitQuery(query, simplified);
  for (const unit of unitElements()) {
    if (parsed.terms.length > 0 && matchesQuery(unit.textContent ?? '', parsed, simplified)) highlightMatches(unit, parsed.terms, simplified);
  }
  const marks = [...document.querySelectorAll<HTMLElement>('mark.search-highlight')];
  if (marks.length > 0) stepControls(marks);
}

/** A bar fixed to the foot of the window (so it moves nothing): previous, `i / N`, next; `n` and `p` do the same. */
function stepControls(marks: readonly HTMLElement[]): void {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  let current = Math.max(0, target ? marks.findIndex((mark) => target.contains(mark)) : 0);
  const bar = document.createElement('nav');
  bar.className = 'search-steps';
  bar.setAttribute('aria-label', '搜索匹配');
  const previous = button('上一处', 'p');
  const next = button('下一处', 'n');
  const where = document.createElement('span');
  where.setAttribute('role', 'status');
  bar.append(previous, where, next);
  document.body.append(bar);
  const show = (index: number, scroll: boolean) => {
    marks[current]?.classList.remove('search-highlight-current');
    current = (index + marks.length) % marks.length;
    const mark = marks[current];
    mark?.classList.add('search-highlight-current');
    if (scroll) mark?.scrollIntoView({ block: 'center' });
    where.textContent = `第 ${current + 1} / ${marks.length} 处`;
  };
  previous.addEventListener('click', () => show(current - 1, true));
  next.addEventListener('click', () => show(current + 1, true));
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'n') show(current + 1, true);
    else if (event.key === 'p' || event.key === 'N') show(current - 1, true);
  });
  // Opened from one hit, the page is already at its unit; opened for all matches, it goes to the first.
  show(current, !target);
}

function button(text: string, key: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.setAttribute('aria-keyshortcuts', key);
  return element;
}

void highlightLetter();

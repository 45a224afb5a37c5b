/**
 * The /search/ page: reads the query and filters from the URL, runs the search,
 * shows hits a page at a time ("show more") with filter counts, and keeps the
 * URL in step so that a search can be shared and reloaded. `#search-results`
 * is `aria-busy="true"` from the moment a search starts until its hits are shown.
 */
import type { SimplifiedCharMap } from '../normaliseText.ts';
import { splitQuery } from '../splitQuery.ts';
import { loadPagefind, type FilterSelection, type PagefindApi } from './pagefindApi.ts';
import { groupHits, renderLetterHits } from './renderHits.ts';
import { renderFilters } from './renderFilters.ts';
import { searchArchive, type Hit, type SearchOutcome } from './searchArchive.ts';

/** Hits loaded per page: what the first screen shows, and each "show more". */
const PAGE = 20;
/** The filters the index carries, in the order the page offers them. */
export const FILTERS = ['part', 'year', 'topic'] as const;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const status = document.querySelector<HTMLElement>('#search-status');
const results = document.querySelector<HTMLElement>('#search-results');
const filterBox = document.querySelector<HTMLElement>('#search-filters');
const more = document.querySelector<HTMLButtonElement>('#search-more');

const bundle = new URL('/pagefind/', location.href).href;
let engine: Promise<{ pagefind: PagefindApi; simplified: SimplifiedCharMap }> | undefined;
/** Counts searches so that a slow one never overwrites a newer one's results. */
let generation = 0;

/** Pagefind, its filter index and the character map, loaded once, on the first search. */
function loadEngine() {
  engine ??= Promise.all([
    loadPagefind(bundle).then(async (pagefind) => {
      await pagefind.filters();
      return pagefind;
    }),
    fetch(new URL('simplified.json', bundle)).then((response) => response.json() as Promise<SimplifiedCharMap>),
  ]).then(([pagefind, simplified]) => ({ pagefind, simplified }));
  return engine;
}

/** The filter selection the URL names: `?part=annex&year=2007&year=2021`. */
function selectionFrom(params: URLSearchParams): FilterSelection {
  const selection: FilterSelection = {};
  for (const name of FILTERS) {
    const values = params.getAll(name);
    if (values.length > 0) selection[name] = { any: values };
  }
  return selection;
}

async function run(): Promise<void> {
  const current = ++generation;
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  if (input) input.value = query;
  const header = document.querySelector<HTMLInputElement>('#site-search');
  if (header) header.value = query;
  if (!results || !status) return;
  results.setAttribute('aria-busy', 'true');
  results.replaceChildren();
  if (more) more.hidden = true;
  try {
    const { pagefind, simplified } = await loadEngine();
    const terms = splitQuery(query, simplified);
    if (terms.length === 0) {
      status.textContent = query.trim() ? '查询只含空白。' : '请输入要查找的字词。';
      filterBox?.replaceChildren();
      return;
    }
    const selection = selectionFrom(params);
    const outcome = await searchArchive(pagefind, simplified, terms, selection);
    if (current !== generation) return;
    if (filterBox) renderFilters(filterBox, outcome.counts, params, FILTERS);
    if (outcome.total === 0) {
      status.textContent = Object.keys(selection).length > 0 ? `在所选范围内没有找到“${query}”。` : `档案中没有找到“${query}”。`;
      return;
    }
    await showPage(outcome, query, [], 0, current);
  } catch (error) {
    status.textContent = '搜索出错，请重试。';
    throw error;
  } finally {
    if (current === generation) results.setAttribute('aria-busy', 'false');
  }
}

/** Loads the next page of hits and shows all loaded so far, grouped. */
async function showPage(outcome: SearchOutcome, query: string, shown: Hit[], from: number, current: number): Promise<void> {
  if (!results || !status) return;
  const page = await outcome.load(from, PAGE);
  if (current !== generation) return;
  const hits = [...shown, ...page];
  const next = from + PAGE;
  const letters = new Set(hits.map((hit) => hit.letter)).size;
  status.textContent = `共 ${outcome.total} 处匹配，显示 ${hits.length} 处（${letters} 封信函）。`;
  results.replaceChildren(...groupHits(hits).map((group) => renderLetterHits(group, query)));
  if (!more) return;
  more.hidden = next >= outcome.total;
  more.onclick = async () => {
    results.setAttribute('aria-busy', 'true');
    try {
      await showPage(outcome, query, hits, next, current);
    } finally {
      if (current === generation) results.setAttribute('aria-busy', 'false');
    }
  };
}

/** Navigates within the page: the URL changes, history keeps the step, the search reruns. */
function navigate(params: URLSearchParams): void {
  history.pushState(null, '', `${location.pathname}?${params}`);
  void run();
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(new URLSearchParams({ q: input?.value ?? '' }));
});
filterBox?.addEventListener('change', () => {
  const params = new URLSearchParams({ q: new URLSearchParams(location.search).get('q') ?? '' });
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) params.append(box.name, box.value);
  navigate(params);
});
addEventListener('popstate', () => void run());
void run();

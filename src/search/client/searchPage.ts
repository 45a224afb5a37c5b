/**
 * The /search/ page: reads the query and filters from the URL, runs the search,
 * shows hits a page at a time ("show more") with filter counts, and keeps the
 * URL in step so that a search can be shared and reloaded. `#search-results`
 * is `aria-busy="true"` from the moment a search starts until its hits are shown;
 * `#search-filters` likewise until its counts are shown, which comes after the hits.
 */
import type { SimplifiedCharMap } from '../normaliseText.ts';
import { splitQuery } from '../splitQuery.ts';
import { countFilterValues } from './countFilterValues.ts';
import { loadPagefind, type FilterSelection, type PagefindApi, type PagefindModule } from './pagefindApi.ts';
import type { IndexLayout } from '../indexLayout.ts';
import { loadLayout } from './loadLayout.ts';
import { loadSimplifiedMap } from './loadSimplifiedMap.ts';
import { groupHits, renderLetterHits } from './renderHits.ts';
import { renderFilters } from './renderFilters.ts';
import { searchArchive, type Hit, type SearchOutcome } from './searchArchive.ts';

/** Candidate letters read for the first screen and for each "show more" (Pagefind's own UI loads five pages). */
const LETTERS_PER_PAGE = 3;
/** The filters the index carries, in the order the page offers them. */
const FILTERS = ['part', 'year', 'topic'] as const;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const status = document.querySelector<HTMLElement>('#search-status');
const results = document.querySelector<HTMLElement>('#search-results');
const filterBox = document.querySelector<HTMLElement>('#search-filters');
const more = document.querySelector<HTMLButtonElement>('#search-more');

/** The index folder; its first bundle's Pagefind script runs every bundle (see indexLayout.ts). */
const base = new URL('/pagefind/', location.href).href;
let engine: Promise<{ pagefind: PagefindModule; layout: IndexLayout; simplified: SimplifiedCharMap }> | undefined;
/** The Pagefind instance for the filter counts, made when first needed: its start-up is no part of the first hits. */
let facets: PagefindApi | undefined;
/** Counts searches so that a slow one never overwrites a newer one's results. */
let generation = 0;

/** Pagefind, the index layout and the character map, loaded once, on the first search. */
function loadEngine() {
  engine ??= Promise.all([loadPagefind(base), loadLayout(base), loadSimplifiedMap(base)]).then(([pagefind, layout, simplified]) => ({ pagefind, layout, simplified }));
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

/** Marks the results busy while `work` runs (unless a newer search has started since). */
async function busy(current: number, work: () => Promise<void>): Promise<void> {
  results?.setAttribute('aria-busy', 'true');
  try {
    await work();
  } catch (error) {
    if (status) status.textContent = '搜索出错，请重试。';
    throw error;
  } finally {
    if (current === generation) results?.setAttribute('aria-busy', 'false');
  }
}

function run(): Promise<void> {
  const current = ++generation;
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  for (const box of document.querySelectorAll<HTMLInputElement>('#search-query, #site-search')) box.value = query;
  results?.replaceChildren();
  filterBox?.setAttribute('aria-busy', 'true');
  if (more) more.hidden = true;
  return busy(current, async () => {
    if (!results || !status) return;
    const { pagefind, layout, simplified } = await loadEngine();
    const terms = splitQuery(query, simplified);
    if (terms.length === 0) {
      status.textContent = '请输入要查找的字词。';
      filterBox?.replaceChildren();
      filterBox?.setAttribute('aria-busy', 'false');
      return;
    }
    const selection = selectionFrom(params);
    const outcome = await searchArchive(pagefind, base, layout, simplified, terms, selection);
    if (current !== generation) return;
    const search: ShownSearch = { outcome, query, hits: [] };
    await showMore(search, current);
    // The counts come after the first hits, from an instance of their own (see countFilterValues.ts).
    facets ??= pagefind.createInstance();
    void countFilterValues(facets, base, layout, terms, selection, FILTERS).then(
      ({ counts, candidates }) => {
        if (current !== generation) return;
        outcome.candidates ??= candidates;
        showStatus(search);
        if (filterBox) renderFilters(filterBox, counts, params, FILTERS);
        filterBox?.setAttribute('aria-busy', 'false');
      },
      (error: unknown) => {
        if (current === generation) filterBox?.setAttribute('aria-busy', 'false');
        console.error('search: the filter counts failed', error);
      },
    );
  });
}

/** A search whose hits are on the page. */
interface ShownSearch {
  outcome: SearchOutcome;
  query: string;
  hits: Hit[];
}

/** Reads the next candidate letters (more, while none of them holds a hit), then shows all hits so far. */
async function showMore(search: ShownSearch, current: number): Promise<void> {
  if (!results) return;
  const { outcome, query } = search;
  const hits = [...search.hits];
  do {
    hits.push(...(await outcome.next(LETTERS_PER_PAGE)));
    if (current !== generation) return;
  } while (hits.length === search.hits.length && !outcome.done());
  search.hits = hits;
  showStatus(search);
  results.replaceChildren(...groupHits(hits).map((group) => renderLetterHits(group, query)));
  if (!more) return;
  more.hidden = outcome.done();
  more.onclick = () => busy(current, () => showMore(search, current));
}

/** Says how many hits are shown, and how many letters are left to read when that is known. */
function showStatus({ outcome, query, hits }: ShownSearch): void {
  if (!status) return;
  const letters = new Set(hits.map((hit) => hit.letter)).size;
  const shown = `${hits.length} 处匹配（${letters} 封信函）`;
  if (hits.length === 0 && outcome.done()) {
    status.textContent = new URLSearchParams(location.search).size > 1 ? `在所选范围内没有找到“${query}”。` : `档案中没有找到“${query}”。`;
  } else if (outcome.done()) {
    status.textContent = `共 ${shown}。`;
  } else if (outcome.candidates === undefined) {
    status.textContent = `已显示 ${shown}；还有信函未查看。`;
  } else {
    status.textContent = `已显示 ${shown}；还有 ${outcome.candidates - outcome.read()} 封信函未查看。`;
  }
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

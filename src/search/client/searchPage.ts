/**
 * The /search/ page: reads the query, order, year range and filters from the
 * URL, runs the search, lists the letters with hits ten a screen ("more"),
 * with filter counts, and keeps the URL in step so that a search can be shared,
 * reloaded and stepped through with history. `#search-results` is
 * `aria-busy="true"` from the moment a search starts until its letters are
 * shown; `#search-filters` likewise until its counts are shown, after the letters.
 */
import type { SimplifiedCharMap } from '../normaliseText.ts';
import { splitQuery } from '../splitQuery.ts';
import { termPieces } from '../termPieces.ts';
import { countFilterValues } from './countFilterValues.ts';
import { loadPagefind, startUnsegmented, type FilterCounts, type FilterSelection, type PagefindApi, type PagefindModule } from './pagefindApi.ts';
import type { IndexLayout } from '../indexLayout.ts';
import { loadLayout } from './loadLayout.ts';
import { prefetchProbes } from './loadPrefixChunks.ts';
import { loadSimplifiedMap } from './loadSimplifiedMap.ts';
import { renderLetterHits } from './renderHits.ts';
import { renderFilters } from './renderFilters.ts';
import { searchArchive, type LetterHits, type SearchOutcome, type SortOrder } from './searchArchive.ts';

/** Letters with hits a screen shows, and each "more" adds. */
const LETTERS_PER_SCREEN = 10;
/** The check-box filters the index carries, in the order the panel offers them (the year is a range, see yearRange). */
const FILTERS = ['part', 'kind', 'sender', 'addressee', 'topic'] as const;
/** Years a range open at one end reaches to. */
const FIRST_YEAR = 1945;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const options = document.querySelector<HTMLFormElement>('#search-options');
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

/** Pagefind, the index layout and the character map, loaded once, on the first search (Pagefind starts with the layout's entry tag). */
function loadEngine() {
  engine ??= (async () => {
    const layout = loadLayout(base);
    const [pagefind, simplified] = await Promise.all([loadPagefind(base, layout.then(({ bundles: [first] }) => first?.entryTag ?? '')), loadSimplifiedMap(base)]);
    return { pagefind, layout: await layout, simplified };
  })();
  return engine;
}

/** A year the URL names (`from=2007`), or undefined. */
function yearParam(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name) ?? '';
  return /^\d{4}$/.test(value) ? Number(value) : undefined;
}

/** The years `from=YYYY&to=YYYY` select (either end may be open), or undefined for all years. */
function yearRange(params: URLSearchParams): string[] | undefined {
  const from = yearParam(params, 'from');
  const to = yearParam(params, 'to');
  if (from === undefined && to === undefined) return undefined;
  const years: string[] = [];
  for (let year = from ?? FIRST_YEAR; year <= (to ?? new Date().getFullYear() + 1); year++) years.push(String(year));
  return years;
}

/** The filter selection the URL names: `?part=annex&sender=AZE&sender=ARM&from=2007&to=2010`. */
function selectionFrom(params: URLSearchParams): FilterSelection {
  const selection: FilterSelection = {};
  for (const name of FILTERS) {
    const values = params.getAll(name);
    if (values.length > 0) selection[name] = { any: values };
  }
  const years = yearRange(params);
  if (years) selection.year = { any: years };
  return selection;
}

/** The order the URL names: newest first unless `sort=oldest`. */
function orderFrom(params: URLSearchParams): SortOrder {
  return params.get('sort') === 'oldest' ? 'oldest' : 'newest';
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

/** Puts the URL's order and year range into the options form. */
function showOptions(params: URLSearchParams): void {
  if (!options) return;
  for (const name of ['sort', 'from', 'to']) {
    const field = options.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = name === 'sort' ? orderFrom(params) : String(yearParam(params, name) ?? '');
  }
}

function run(): Promise<void> {
  const current = ++generation;
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  for (const box of document.querySelectorAll<HTMLInputElement>('#search-query, #site-search')) box.value = query;
  showOptions(params);
  filterBox?.setAttribute('aria-busy', 'true');
  if (more) more.hidden = true;
  // A short term needs the first bundle's probe list: it is fetched while the engine loads (the character map changes no term's length).
  prefetchProbes(base, termPieces(splitQuery(query, {}).terms));
  return busy(current, async () => {
    if (!results || !status) return;
    const { pagefind, layout, simplified } = await loadEngine();
    const parsed = splitQuery(query, simplified);
    if (parsed.terms.length === 0) {
      status.textContent = '请输入要查找的字词。';
      results.replaceChildren();
      filterBox?.replaceChildren();
      filterBox?.setAttribute('aria-busy', 'false');
      return;
    }
    const selection = selectionFrom(params);
    const outcome = await searchArchive(pagefind, base, layout, simplified, parsed, selection, orderFrom(params));
    if (current !== generation) return;
    const search: ShownSearch = { outcome, query, letters: [] };
    results.replaceChildren();
    await showMore(search, current);
    // The counts come after the first hits, from an instance of their own (see countFilterValues.ts).
    facets ??= startUnsegmented(() => pagefind.createInstance());
    void countFilterValues(facets, base, layout, termPieces(parsed.terms), selection, FILTERS).then(
      ({ counts, candidates }) => {
        if (current !== generation) return;
        outcome.candidates ??= candidates;
        search.counts = counts;
        showStatus(search);
        return showCounts(search, params);
      },
      (error: unknown) => {
        if (current === generation) filterBox?.setAttribute('aria-busy', 'false');
        console.error('search: the filter counts failed', error);
      },
    );
  });
}

/** A search whose letters are on the page. */
interface ShownSearch {
  outcome: SearchOutcome;
  query: string;
  letters: LetterHits[];
  /** The candidate counts per filter value, once they have come. */
  counts?: FilterCounts;
}

/** Reads candidate letters until a screen more of them hold hits (or none is left), and shows them below those shown. */
async function showMore(search: ShownSearch, current: number): Promise<void> {
  if (!results) return;
  const { outcome, query } = search;
  const found: LetterHits[] = [];
  while (found.length < LETTERS_PER_SCREEN && !outcome.done()) {
    found.push(...(await outcome.next(LETTERS_PER_SCREEN - found.length)));
    if (current !== generation) return;
  }
  search.letters.push(...found);
  results.append(...found.map((letter) => renderLetterHits(letter, query)));
  showStatus(search);
  if (search.counts) await showCounts(search, new URLSearchParams(location.search));
  if (!more) return;
  more.hidden = outcome.done();
  more.onclick = () => busy(current, () => showMore(search, current));
}

/** Says how many letters and matches are shown, and how many letters at most are left to read. */
function showStatus({ outcome, query, letters }: ShownSearch): void {
  if (!status) return;
  const matches = letters.reduce((sum, letter) => sum + letter.hits.length, 0);
  const shown = `${letters.length} 封信函（${matches} 处匹配）`;
  if (letters.length === 0 && outcome.done()) {
    status.textContent = [...new URLSearchParams(location.search).keys()].some((key) => key !== 'q' && key !== 'sort') ? `在所选范围内没有找到“${query}”。` : `档案中没有找到“${query}”。`;
  } else if (outcome.done()) {
    status.textContent = `共 ${shown}。`;
  } else if (outcome.candidates === undefined) {
    status.textContent = `已显示 ${shown}；其余信函尚待查看。`;
  } else {
    status.textContent = `已显示 ${shown}；其余至多 ${outcome.candidates - outcome.read()} 封信函尚待查看。`;
  }
}

/**
 * The filter panel: the candidate counts (upper bounds) until the whole list has
 * been read, then, when no filter narrows the list, the exact number of listed
 * letters carrying each value. A list read through with no letter shows no count.
 */
async function showCounts(search: ShownSearch, params: URLSearchParams): Promise<void> {
  if (!filterBox || !search.counts) return;
  const done = search.outcome.done();
  const narrowed = Object.keys(selectionFrom(params)).length > 0;
  const exact = done && (!narrowed || search.letters.length === 0);
  const names = await senderNames();
  renderFilters(filterBox, exact ? listedCounts(search.letters) : search.counts, params, FILTERS, exact, (name, value) => (name === 'sender' ? names.get(value) : undefined));
  filterBox.setAttribute('aria-busy', 'false');
}

let senderNameMap: Promise<Map<string, string>> | undefined;

/** The UN's Chinese short names of the states by code, for the sender filter: loaded with the counts, not with the page. */
function senderNames(): Promise<Map<string, string>> {
  senderNameMap ??= import('../../records/unStates.ts').then(({ unStates }) => new Map(unStates.map(({ code, short }) => [code, short])));
  return senderNameMap;
}

/** Per filter value, the listed letters carrying it (for `part`, holding a hit there). */
function listedCounts(letters: readonly LetterHits[]): FilterCounts {
  const counts: FilterCounts = {};
  for (const { letter, hits } of letters) {
    const values = { ...letter.filters, part: [...new Set(hits.map((hit) => hit.part))] };
    for (const name of FILTERS) {
      for (const value of values[name]) {
        counts[name] ??= {};
        counts[name][value] = (counts[name][value] ?? 0) + 1;
      }
    }
  }
  return counts;
}

/** Navigates within the page: the URL changes, history keeps the step, the search reruns. */
function navigate(params: URLSearchParams): void {
  history.pushState(null, '', `${location.pathname}?${params}`);
  void run();
}

/** The URL for `query` with the options form's order and years and, with `checked`, the checked filters (a new query starts without them: its letters carry other values). */
function paramsFromPanel(query: string, checked: boolean): URLSearchParams {
  const params = new URLSearchParams({ q: query });
  if (options) {
    for (const [name, value] of new FormData(options)) if (typeof value === 'string' && value !== '' && !(name === 'sort' && value === 'newest')) params.set(name, value);
  }
  if (checked) for (const box of filterBox?.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked') ?? []) params.append(box.name, box.value);
  return params;
}

/**
 * Every match of `query` under the URL parameters `extra` (`sort=oldest&from=2007`),
 * read with the page's own search until the list ends or `maxLetters` letters
 * with hits are found: the quality harness scores whole lists with it rather
 * than pressing "more" hundreds of times. `complete` says whether the list ended;
 * `self` names the letters listed first, out of date order, as the queried symbol's own.
 */
async function searchAll(query: string, extra = '', maxLetters = Infinity): Promise<{ letters: string[]; units: string[]; self: string[]; complete: boolean }> {
  const params = new URLSearchParams(extra);
  const { pagefind, layout, simplified } = await loadEngine();
  const parsed = splitQuery(query, simplified);
  if (parsed.terms.length === 0) return { letters: [], units: [], self: [], complete: true };
  const outcome = await searchArchive(pagefind, base, layout, simplified, parsed, selectionFrom(params), orderFrom(params));
  const letters: LetterHits[] = [];
  while (!outcome.done() && letters.length < maxLetters) letters.push(...(await outcome.next(Math.min(LETTERS_PER_SCREEN, maxLetters - letters.length))));
  const self = letters.flatMap(({ letter, self }) => (self ? [letter.url] : []));
  return { letters: letters.map(({ letter }) => letter.url), units: letters.flatMap(({ hits }) => hits.map((hit) => hit.url)), self, complete: outcome.done() };
}
(globalThis as { archiveSearchAll?: typeof searchAll }).archiveSearchAll = searchAll;

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(paramsFromPanel(input?.value ?? '', false));
});
const onPanelChange = () => navigate(paramsFromPanel(new URLSearchParams(location.search).get('q') ?? '', true));
filterBox?.addEventListener('change', onPanelChange);
options?.addEventListener('change', onPanelChange);
options?.addEventListener('submit', (event) => {
  event.preventDefault();
  onPanelChange();
});
addEventListener('popstate', () => void run());
void run();

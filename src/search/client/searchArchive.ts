/**
 * The search itself, on top of Pagefind. Pagefind finds the candidate letters:
 * one search for all terms (each spelled as 4-grams, see encodeNgrams.ts), in
 * rank order (date order, newest first). The page then reads each candidate
 * letter's units, a few letters at a time, and keeps the units that contain
 * every term and no excluded term: the hits.
 *
 * A query that is a UN symbol first looks up the letters carrying it (the
 * symbol owner files, see symbolFile.ts): those come first, marked as the
 * document itself, before the letters that cite it.
 *
 * The index is a row of bundles, each a Pagefind index of consecutive letters
 * (see indexLayout.ts); the page merges a bundle into its Pagefind instance only
 * when the reader has read through the bundles before it (oldest first walks
 * them from the last), so that a query found in the first bundle read never
 * loads the others' metadata; when those bundles run short of a screen, it
 * merges several at once (see `ahead`).
 *
 * Pagefind leaves out of a search the words a bundle does not hold at all, and
 * would then offer as candidates the letters holding the other words: the
 * candidates of a query of several words are counted word by word too, and a
 * bundle lacking any of them has none.
 *
 * Pagefind's browser search costs time in proportion to the results times the
 * pages of the index (its rank sort and its filter counts), which at ten
 * thousand letters and a common term is most of a second. So within a bundle
 * the page asks for one shard at a time (runs of consecutive letters in rank
 * order, each marked by a hidden filter, see shardFilter.ts), and the next shard
 * only when the reader has read through the last. A bundle with no more
 * candidates than a shard holds letters is searched once whole instead: that
 * costs no more than a shard's search, and spares one per shard.
 */
import type { LetterText } from '../buildSearchIndex.ts';
import { encodeTerms } from '../encodeNgrams.ts';
import { findMatches, matchesQuery, type Span } from '../findMatches.ts';
import type { SimplifiedCharMap } from '../normaliseText.ts';
import { LETTER_HEAD, type Part } from '../recordUnits.ts';
import { entryFile, type IndexBundle, type IndexLayout } from '../indexLayout.ts';
import { bundleFilter, bundleShards, IN_SHARD } from '../shardFilter.ts';
import type { Query } from '../splitQuery.ts';
import { symbolParts } from '../symbolParts.ts';
import { termPieces } from '../termPieces.ts';
import { loadLetterText } from './loadLetterText.ts';
import { loadPrefixChunks, prefetchProbes } from './loadPrefixChunks.ts';
import { loadSymbolOwners } from './loadSymbolOwners.ts';
import { mergeBundle } from './mergeBundle.ts';
import { preloadFetches } from './preloadFetches.ts';
import { yieldEvery } from './yieldEvery.ts';
import type { FilterSelection, PagefindApi, PagefindResult, PagefindSearch } from './pagefindApi.ts';

/** Work between two pauses while letters are checked for hits: well under a long task's 50 ms. */
const PAUSE_EVERY_MS = 10;

/** The two orders of the list: by letter date, newest or oldest first. */
export type SortOrder = 'newest' | 'oldest';

export interface Hit {
  /** The unit's deep link, `<letter url>#<unit id>`. */
  url: string;
  part: Part;
  /** The annex or header field the unit stands in (see SearchUnit). */
  label: string;
  number: string;
  text: string;
  /** Where the query's terms occur in `text`. */
  spans: Span[];
}

/** A letter with hits, as the list shows it. */
export interface LetterHits {
  letter: LetterText;
  /** Whether the query is the letter's own symbol: the document itself, not a letter citing it. */
  self: boolean;
  /** Every matching unit, in reading order. */
  hits: Hit[];
}

export interface SearchOutcome {
  /** Letters that may hold a hit (each term's 4-grams occur in them), an upper bound; known at once only without filters (see countFilterValues.ts). */
  candidates: number | undefined;
  /** The letters with hits among the next `letters` candidate letters, in list order; `[]` once all are read. */
  next(letters: number): Promise<LetterHits[]>;
  /** How many candidate letters have been read. */
  read(): number;
  /** Whether every candidate letter has been read. */
  done(): boolean;
}

/** Searches for units matching `query` (at least one term) that pass `filters`, listed in `order`, in the index in `base`. */
export async function searchArchive(
  pagefind: PagefindApi,
  base: string,
  layout: IndexLayout,
  simplified: SimplifiedCharMap,
  query: Query,
  filters: FilterSelection,
  order: SortOrder = 'newest',
): Promise<SearchOutcome> {
  const pieces = termPieces(query.terms);
  const words = encodeTerms(pieces);
  const { bundles, shardSize } = layout;
  const only = (filter: string): FilterSelection => ({ ...filters, [filter]: { any: [IN_SHARD] } });
  const search = async (text: string, selection: FilterSelection) =>
    (await pagefind.search(text, { filters: selection, sort: { rank: 'asc' } })) ?? { results: [], unfilteredResultCount: 0, totalFilters: {} };
  /** Ranks of a search's results (all in bundle `number`) in list order. */
  const ranks = (found: PagefindSearch, number: number) => {
    const start = bundles[number]?.start ?? 0;
    const inOrder = found.results.map((result) => start + rankOf(result));
    return order === 'newest' ? inOrder : inOrder.reverse();
  };
  const inOrder = <T>(list: T[]): T[] => (order === 'newest' ? list : [...list].reverse());

  const [term] = query.terms;
  const symbols = query.terms.length === 1 && term !== undefined ? symbolParts(term) : null;
  /** The texts whose candidates a bundle's count is the least of: the query, and each of its words apart when it has several (see the module comment). */
  const eachWord = [...new Set(words.split(' '))];
  const counted = eachWord.length > 1 ? [words, ...eachWord] : [words];

  /**
   * Merges bundles `numbers` and counts each one's candidates before the filters,
   * all at once: a search no letter passes (its bundle filter asks for a value no
   * letter carries) still counts, per bundle, the letters holding its words. A
   * bundle counted alone is counted by the search of its first shard instead,
   * which the walk reads first anyway: one search fewer before the first hits.
   */
  const countCandidates = async (numbers: number[]): Promise<{ counts: Map<number, number>; firstShard?: PagefindSearch }> => {
    const group = numbers.map((number) => bundles[number] as IndexBundle);
    // A merged bundle's metadata (and probe list, for a short term) is fetched beside its entry file rather than after it (the page's head preloads the first bundle's).
    const merged = group.filter((bundle) => bundle !== bundles[0]);
    preloadFetches(merged.flatMap((bundle) => [entryFile(bundle), `${bundle.path}${bundle.meta}`]).map((file) => new URL(file, base).href));
    for (const bundle of merged) prefetchProbes(new URL(bundle.path, base).href, pieces);
    await Promise.all(numbers.map((number) => mergeBundle(pagefind, base, layout, number)));
    // The chunks a prefix may reach, and the term's and filters' own chunks (each bundle's filter, which counts its
    // candidates, and its first shard's), all at once rather than one after another.
    const chunks = { ...filters, ...Object.fromEntries(group.flatMap((current) => [bundleFilter(current), firstShard(current)].map((name) => [name, { any: [] }]))) };
    await Promise.all([...group.map(({ path }) => loadPrefixChunks(pagefind, new URL(path, base).href, pieces)), pagefind.preload(words, { filters: chunks })]);
    const [alone] = group.length === 1 ? group : [];
    const selection = alone ? only(firstShard(alone)) : { [bundleFilter(group[0] as IndexBundle)]: { any: [NO_LETTER] } };
    const searches = await Promise.all(counted.map((text) => search(text, selection)));
    const counts = new Map(numbers.map((number) => [number, Math.min(...searches.map((found) => markedCandidates(found, bundleFilter(bundles[number] as IndexBundle))))]));
    return alone ? { counts, firstShard: searches[0] } : { counts };
  };
  /** The first shard of `current` the walk reads. */
  const firstShard = (current: IndexBundle) => inOrder(bundleShards(current, shardSize))[0] ?? '';

  /** What entering a bundle found: its candidates before the filters, those its searched shards hold, its shards left to search, its candidates' ranks. */
  interface Entered {
    inBundle: number;
    covered: number;
    shards: string[];
    queue: number[];
  }
  /** Searches bundle `number`, which holds `inBundle` candidates: its first shard (unless `searched` already), or all of it when it holds no more candidates than a shard. */
  const enter = async (number: number, inBundle: number, searched?: PagefindSearch): Promise<Entered> => {
    const current = bundles[number] as IndexBundle;
    if (inBundle === 0) return { inBundle, covered: 0, shards: [], queue: [] };
    if (inBundle <= shardSize) return { inBundle, covered: inBundle, shards: [], queue: ranks(await search(words, only(bundleFilter(current))), number) };
    const [first = '', ...rest] = inOrder(bundleShards(current, shardSize));
    const found = searched ?? (await search(words, only(first)));
    const covered = markedCandidates(found, first);
    return { inBundle, covered, shards: covered >= inBundle ? [] : rest, queue: ranks(found, number) };
  };
  /** Bundles entered or being entered, by number: the walk prepares bundles ahead of the one it reads. */
  const prepared = new Map<number, Promise<Entered>>();
  /** Counts the candidates of those of bundles `numbers` not yet prepared, together, and enters each. */
  const prepare = (numbers: number[]): void => {
    const fresh = numbers.filter((number) => !prepared.has(number));
    if (fresh.length === 0) return;
    const counting = countCandidates(fresh);
    for (const number of fresh) {
      const entered = counting.then(({ counts, firstShard }) => enter(number, counts.get(number) ?? 0, firstShard));
      // Awaited when the walk reaches the bundle; a bundle prepared ahead and never reached must not be an unhandled failure.
      entered.catch(() => {});
      prepared.set(number, entered);
    }
  };
  /** Bundle number of the walk's step `at`. */
  const bundleAt = (at: number) => (order === 'newest' ? at : bundles.length - 1 - at);
  /**
   * Bundles prepared at once past the one entered. The walk enters a bundle past
   * the first only when the bundles before it ran out of candidates: it then
   * prepares as many more as the candidates per bundle so far say the screen
   * needs (all of them when there were none), and at least twice as many as last
   * time, so that a rare term walks the archive in a round or two of requests
   * rather than a round per bundle. A common term never looks ahead.
   */
  let ahead = 0;
  /** Candidates in the bundles entered so far. */
  let seen = 0;

  /** Steps taken through the bundles in list order; the bundle being read and its shards not yet searched. */
  let step = -1;
  let bundle = -1;
  let shards: string[] = [];
  /** Candidates before the filters: in the current bundle, and in its shards searched so far. */
  let inBundle = 0;
  let covered = 0;
  /** Ranks of the candidate letters found and not yet read, in list order. */
  let queue: number[] = [];
  let ownerRanks = new Set<number>();

  /** Enters the walk's next bundle, `wanted` more letters being needed for the screen, and prepares the `ahead` after it at the same time. */
  const enterBundle = async (wanted: number): Promise<void> => {
    step += 1;
    bundle = bundleAt(step);
    if (bundles[bundle] === undefined) return;
    if (step > 0) ahead = Math.max(1, ahead * 2, seen === 0 ? bundles.length : Math.ceil((wanted * step) / seen));
    prepare(Array.from({ length: Math.min(ahead, bundles.length - 1 - step) + 1 }, (_, offset) => bundleAt(step + offset)));
    ({ inBundle, covered, shards, queue } = await (prepared.get(bundle) as Promise<Entered>));
    seen += inBundle;
    queue = queue.filter((rank) => !ownerRanks.has(rank));
  };
  const searchShard = async (shard: string): Promise<void> => {
    const found = await search(words, only(shard));
    covered += markedCandidates(found, shard);
    if (covered >= inBundle) shards = [];
    queue = ranks(found, bundle).filter((rank) => !ownerRanks.has(rank));
  };

  // The symbol's own letters are looked up while the first bundle is searched.
  prepare([bundleAt(0)]);
  const owners = symbols ? inOrder(await loadSymbolOwners(base, layout, symbols)) : [];
  ownerRanks = new Set(owners);
  await enterBundle(0);
  queue = [...owners, ...queue];
  const parts = filters.part?.any;
  const pause = yieldEvery(PAUSE_EVERY_MS);
  let read = 0;
  const done = () => queue.length === 0 && shards.length === 0 && step >= bundles.length - 1;

  return {
    // Known at once only when one bundle holds the whole index; otherwise the filter counts tell it (countFilterValues.ts).
    candidates: Object.keys(filters).length === 0 && bundles.length === 1 ? inBundle : undefined,
    read: () => read,
    done,
    async next(count) {
      const batch: number[] = [];
      while (batch.length < count && !done()) {
        if (queue.length === 0) {
          const shard = shards.shift();
          if (shard === undefined) await enterBundle(count - batch.length);
          else await searchShard(shard);
        }
        const taken = queue.splice(0, count - batch.length);
        // Their texts are fetched while the walk goes on to the next bundles (a failure shows when they are read below).
        for (const rank of taken) loadLetterText(base, layout, rank).catch(() => {});
        batch.push(...taken);
      }
      read += batch.length;
      const letters = await Promise.all(batch.map((rank) => loadLetterText(base, layout, rank)));
      const withHits: LetterHits[] = [];
      for (const [index, letter] of letters.entries()) {
        // One letter's units at a time, the page given back every few milliseconds: no long task however many letters a screen reads.
        await pause();
        // The owner files know no filters: the letter's own filter values are checked here.
        const self = ownerRanks.has(batch[index] ?? -1);
        if (self && !passes(letter, filters)) continue;
        const hits = letter.units
          .filter(([, part, , , text]) => (!parts || parts.includes(part)) && matchesQuery(text, query, simplified))
          .map(([id, part, label, number, text]): Hit => ({ url: `${letter.url}#${id}`, part, label, number, text, spans: findMatches(text, query.terms, simplified) }));
        if (self && !hits.some((hit) => hit.url.endsWith(`#${LETTER_HEAD}`) && hit.label === '文号')) {
          // A joint symbol typed in another order than printed is still the letter's own.
          const own = letter.units.find(([id, part, label]) => id === LETTER_HEAD && label === '文号' && (!parts || parts.includes(part)));
          if (own) hits.unshift({ url: `${letter.url}#${own[0]}`, part: own[1], label: own[2], number: own[3], text: own[4], spans: findMatches(own[4], symbols ?? [], simplified) });
        }
        if (hits.length > 0) withHits.push({ letter, self, hits });
      }
      return withHits;
    },
  };
}

/** Whether `letter` carries one of the values of each filter in `filters` but `part` (which the hits themselves are checked against). */
function passes(letter: LetterText, filters: FilterSelection): boolean {
  return Object.entries(filters).every(([name, { any }]) => name === 'part' || (letter.filters[name as keyof LetterText['filters']] ?? []).some((value: string) => any.includes(value)));
}

/** A value of a shard or bundle filter that no letter carries (see IN_SHARD). */
const NO_LETTER = '0';

/** Candidates before the filters in the shard or bundle marked by the filter `marker`, as a search counts them. */
function markedCandidates(found: PagefindSearch, marker: string): number {
  return found.totalFilters[marker]?.[IN_SHARD] ?? 0;
}

/** The letter's rank: sorted ascending by it, Pagefind scores each result minus its place. */
function rankOf(result: PagefindResult): number {
  return Math.abs(Math.round(result.score));
}

/**
 * The search itself, on top of Pagefind. Pagefind finds the candidate letters:
 * one search for all terms (each spelled as 4-grams, see encodeNgrams.ts), in
 * rank order (date order, newest first). The page then reads each candidate
 * letter's units, a few letters at a time, and keeps the units that contain
 * every term and no excluded term: the hits.
 *
 * A query that is a UN symbol first asks for the letters carrying it (one word
 * per own symbol, see encodeSymbol): those come first, marked as the document
 * itself, before the letters that cite it.
 *
 * The index is a row of bundles, each a Pagefind index of consecutive letters
 * (see indexLayout.ts); the page merges a bundle into its Pagefind instance only
 * when the reader has read through the bundles before it (oldest first walks
 * them from the last), so that a query found in the first bundle read never
 * loads the others' metadata. A symbol query merges them all at once, to find
 * the letters carrying the symbol wherever they are.
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
import { encodeSymbol, encodeTerms } from '../encodeNgrams.ts';
import { findMatches, matchesQuery, type Span } from '../findMatches.ts';
import { normaliseText, type SimplifiedCharMap } from '../normaliseText.ts';
import { LETTER_HEAD, type Part } from '../recordUnits.ts';
import type { IndexBundle, IndexLayout } from '../indexLayout.ts';
import { bundleFilter, bundleShards, IN_SHARD } from '../shardFilter.ts';
import type { Query } from '../splitQuery.ts';
import { symbolParts } from '../symbolParts.ts';
import { termPieces } from '../termPieces.ts';
import { loadLetterText } from './loadLetterText.ts';
import { loadPrefixChunks } from './loadPrefixChunks.ts';
import { mergeBundle } from './mergeBundle.ts';
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
  /** The letters carrying the queried symbol, in list order: each bundle merged and searched apart, so that its ranks are known. */
  const findOwners = async (parts: string[]): Promise<number[]> => {
    const numbers = inOrder(bundles.map((_, number) => number));
    await Promise.all(numbers.map((number) => mergeBundle(pagefind, base, layout, number)));
    const text = parts.map(encodeSymbol).join(' ');
    return (await Promise.all(numbers.map(async (number) => ranks(await search(text, only(bundleFilter(bundles[number] as IndexBundle))), number)))).flat();
  };

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

  /** Merges the next bundle and searches its first shard, or all of it when it holds no more candidates than a shard. */
  const enterBundle = async (): Promise<void> => {
    step += 1;
    bundle = order === 'newest' ? step : bundles.length - 1 - step;
    const current = bundles[bundle];
    if (current === undefined) return;
    const [first = '', ...rest] = inOrder(bundleShards(current, shardSize));
    await mergeBundle(pagefind, base, layout, bundle);
    // The chunks a prefix may reach, and the term's and filters' own chunks (the bundle's filter too, which
    // counts its candidates), all at once rather than one after another.
    const counted = { ...only(first), [bundleFilter(current)]: { any: [] } };
    await Promise.all([loadPrefixChunks(pagefind, new URL(current.path, base).href, pieces), pagefind.preload(words, { filters: counted })]);
    const found = await search(words, only(first));
    inBundle = found.totalFilters[bundleFilter(current)]?.[IN_SHARD] ?? 0;
    if (inBundle <= shardSize) {
      shards = [];
      queue = inBundle === 0 ? [] : ranks(await search(words, only(bundleFilter(current))), bundle);
    } else {
      covered = shardCandidates(found, first);
      shards = covered >= inBundle ? [] : rest;
      queue = ranks(found, bundle);
    }
    queue = queue.filter((rank) => !ownerRanks.has(rank));
  };
  const searchShard = async (shard: string): Promise<void> => {
    const found = await search(words, only(shard));
    covered += shardCandidates(found, shard);
    if (covered >= inBundle) shards = [];
    queue = ranks(found, bundle).filter((rank) => !ownerRanks.has(rank));
  };

  const owners = symbols ? await findOwners(symbols) : [];
  ownerRanks = new Set(owners);
  await enterBundle();
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
          if (shard === undefined) await enterBundle();
          else await searchShard(shard);
        }
        batch.push(...queue.splice(0, count - batch.length));
      }
      read += batch.length;
      const letters = await Promise.all(batch.map((rank) => loadLetterText(base, layout, rank)));
      const withHits: LetterHits[] = [];
      for (const [index, letter] of letters.entries()) {
        // One letter's units at a time, the page given back every few milliseconds: no long task however many letters a screen reads.
        await pause();
        const self = ownerRanks.has(batch[index] ?? -1) && carries(letter, symbols ?? [], simplified);
        const hits = letter.units
          .filter(([, part, , , text]) => (!parts || parts.includes(part)) && matchesQuery(text, query, simplified))
          .map(([id, part, label, number, text]): Hit => ({ url: `${letter.url}#${id}`, part, label, number, text, spans: findMatches(text, query.terms, simplified) }));
        if (self && !hits.some((hit) => hit.url.endsWith(`#${LETTER_HEAD}`) && hit.label === '文号')) {
          // A joint symbol typed in another order than printed is still the letter's own.
          const own = letter.units.find(([id, , label]) => id === LETTER_HEAD && label === '文号');
          if (own) hits.unshift({ url: `${letter.url}#${own[0]}`, part: own[1], label: own[2], number: own[3], text: own[4], spans: findMatches(own[4], symbols ?? [], simplified) });
        }
        if (hits.length > 0) withHits.push({ letter, self, hits });
      }
      return withHits;
    },
  };
}

/** Whether `letter` carries every one of `symbols` (normalised) as its own. */
function carries(letter: LetterText, symbols: readonly string[], simplified: SimplifiedCharMap): boolean {
  const own = new Set(letter.symbols.split(' ').map((symbol) => normaliseText(symbol, simplified).text));
  return symbols.length > 0 && symbols.every((symbol) => own.has(symbol));
}

/** Candidates before the filters in the shard marked by the filter `shard`, as that filter counts them in a search of it. */
function shardCandidates(found: PagefindSearch, shard: string): number {
  return found.totalFilters[shard]?.[IN_SHARD] ?? 0;
}

/** The letter's rank: sorted ascending by it, Pagefind scores each result minus its place. */
function rankOf(result: PagefindResult): number {
  return Math.abs(Math.round(result.score));
}

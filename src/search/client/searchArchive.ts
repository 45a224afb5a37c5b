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
 * Pagefind's browser search costs time in proportion to the results times the
 * pages of the index (its rank sort and its filter counts), which at ten
 * thousand letters and a common term is most of a second. So the page asks for
 * one shard at a time (runs of consecutive letters in rank order, each marked by
 * a hidden filter, see shardFilter.ts), and the next shard only when the reader
 * has read through the last; oldest first walks the shards from the last. A
 * query with no more candidates in all than a shard holds letters is searched
 * once over every shard instead: that costs no more than a shard's search, and
 * spares one per shard.
 */
import type { LetterText } from '../buildSearchIndex.ts';
import { encodeSymbol, encodeTerms } from '../encodeNgrams.ts';
import { findMatches, matchesQuery, type Span } from '../findMatches.ts';
import { normaliseText, type SimplifiedCharMap } from '../normaliseText.ts';
import { LETTER_HEAD, type Part } from '../recordUnits.ts';
import { IN_SHARD, shardFilter, type Shards } from '../shardFilter.ts';
import type { Query } from '../splitQuery.ts';
import { symbolParts } from '../symbolParts.ts';
import { termPieces } from '../termPieces.ts';
import { loadLetterText } from './loadLetterText.ts';
import { loadPrefixChunks } from './loadPrefixChunks.ts';
import type { FilterSelection, PagefindApi, PagefindResult, PagefindSearch } from './pagefindApi.ts';

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

/** Searches for units matching `query` (at least one term) that pass `filters`, listed in `order`. */
export async function searchArchive(
  pagefind: PagefindApi,
  bundle: string,
  shards: Shards,
  simplified: SimplifiedCharMap,
  query: Query,
  filters: FilterSelection,
  order: SortOrder = 'newest',
): Promise<SearchOutcome> {
  const pieces = termPieces(query.terms);
  const words = encodeTerms(pieces);
  const inShard = (shard: number): FilterSelection => ({ ...filters, [shardFilter(shard)]: { any: [IN_SHARD] } });
  const search = async (text: string, selection: FilterSelection) =>
    (await pagefind.search(text, { filters: selection, sort: { rank: 'asc' } })) ?? { results: [], unfilteredResultCount: 0, totalFilters: {} };
  /** Ranks of a search's results in list order. */
  const ranks = (found: PagefindSearch) => (order === 'newest' ? found.results.map(rankOf) : found.results.map(rankOf).reverse());
  const shardAt = (step: number) => (order === 'newest' ? step : shards.count - 1 - step);

  const [term] = query.terms;
  const symbols = query.terms.length === 1 && term !== undefined ? symbolParts(term) : null;
  // The chunks a prefix may reach, and the term's and filters' own chunks, all at once rather than one after another.
  await Promise.all([loadPrefixChunks(pagefind, bundle, pieces), pagefind.preload(words, { filters: inShard(shardAt(0)) })]);
  const [first, owners] = await Promise.all([
    search(words, inShard(shardAt(0))),
    symbols ? search(symbols.map(encodeSymbol).join(' '), filters).then(ranks) : [],
  ]);
  /** Candidates before the filters, in all shards. */
  const total = first.unfilteredResultCount;
  let queue: number[];
  let step: number;
  /** Candidates before the filters in the shards searched so far: when it reaches `total`, no shard is left. */
  let covered: number;
  if (total <= shards.size) {
    queue = total === 0 ? [] : ranks(await search(words, filters));
    step = shards.count;
    covered = total;
  } else {
    queue = ranks(first);
    step = 1;
    covered = shardCandidates(first, shardAt(0));
  }
  const ownerRanks = new Set(owners);
  queue = [...owners, ...queue.filter((rank) => !ownerRanks.has(rank))];
  const parts = filters.part?.any;
  let read = 0;
  const exhausted = () => covered >= total || step >= shards.count;

  return {
    candidates: Object.keys(filters).length === 0 ? total : undefined,
    read: () => read,
    done: () => queue.length === 0 && exhausted(),
    async next(count) {
      const batch: number[] = [];
      while (batch.length < count) {
        if (queue.length === 0) {
          if (exhausted()) break;
          const shard = shardAt(step);
          const found = await search(words, inShard(shard));
          covered += shardCandidates(found, shard);
          queue = ranks(found).filter((rank) => !ownerRanks.has(rank));
          step += 1;
        }
        batch.push(...queue.splice(0, count - batch.length));
      }
      read += batch.length;
      const letters = await Promise.all(batch.map((rank) => loadLetterText(bundle, rank)));
      const withHits: LetterHits[] = [];
      for (const [index, letter] of letters.entries()) {
        // One letter's units at a time, the page free in between: no long task however many letters a screen reads.
        if (index > 0) await new Promise((resolve) => setTimeout(resolve, 0));
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

/** Candidates before the filters in `shard`, as its filter counts them in a search of it. */
function shardCandidates(found: PagefindSearch, shard: number): number {
  return found.totalFilters[shardFilter(shard)]?.[IN_SHARD] ?? 0;
}

/** The letter's rank: sorted ascending by it, Pagefind scores each result minus its place. */
function rankOf(result: PagefindResult): number {
  return Math.abs(Math.round(result.score));
}

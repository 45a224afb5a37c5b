/**
 * The search itself, on top of Pagefind. Pagefind finds the candidate letters:
 * one search for all terms (each spelled as 4-grams, see encodeNgrams.ts), in
 * rank order. The page then reads each candidate letter's units, a few letters
 * at a time, and keeps the units that contain every term: the hits.
 *
 * Pagefind's browser search costs time in proportion to the results times the
 * pages of the index (its rank sort and its filter counts), which at ten
 * thousand letters and a common term is most of a second. So the page asks for
 * one shard at a time (runs of consecutive letters in rank order, each marked by
 * a hidden filter, see shardFilter.ts), and the next shard only when the reader
 * has read through the last. A term with no more candidates in all than a shard
 * holds letters is searched once over every shard instead: that costs no more
 * than a shard's search, and spares one per shard.
 */
import { encodeTerms } from '../encodeNgrams.ts';
import { containsAll, findMatches, type Span } from '../findMatches.ts';
import type { SimplifiedCharMap } from '../normaliseText.ts';
import type { Part } from '../recordUnits.ts';
import { loadLetterText } from './loadLetterText.ts';
import { loadPrefixChunks } from './loadPrefixChunks.ts';
import { IN_SHARD, shardFilter } from '../shardFilter.ts';
import type { Shards } from '../shardFilter.ts';
import type { FilterSelection, PagefindApi, PagefindResult, PagefindSearch } from './pagefindApi.ts';

export interface Hit {
  /** The unit's deep link, `<letter url>#<unit id>`. */
  url: string;
  /** The letter's page. */
  letter: string;
  title: string;
  date: string;
  symbols: string;
  part: Part;
  annex: string;
  number: string;
  text: string;
  /** Where the query's terms occur in `text`. */
  spans: Span[];
}

export interface SearchOutcome {
  /** Letters that may hold a hit (each term occurs in them); known at once only without filters (see countFilterValues.ts). */
  candidates: number | undefined;
  /** Hits in the next `letters` candidate letters, in rank order; `[]` once all are read. */
  next(letters: number): Promise<Hit[]>;
  /** How many candidate letters have been read. */
  read(): number;
  /** Whether every candidate letter has been read. */
  done(): boolean;
}

/** Searches for units containing all `terms` (normalised, non-empty) that pass `filters`. */
export async function searchArchive(
  pagefind: PagefindApi,
  bundle: string,
  shards: Shards,
  simplified: SimplifiedCharMap,
  terms: readonly string[],
  filters: FilterSelection,
): Promise<SearchOutcome> {
  const query = encodeTerms(terms);
  const inShard = (shard: number): FilterSelection => ({ ...filters, [shardFilter(shard)]: { any: [IN_SHARD] } });
  const search = async (selection: FilterSelection) =>
    (await pagefind.search(query, { filters: selection, sort: { rank: 'asc' } })) ?? { results: [], unfilteredResultCount: 0, totalFilters: {} };

  // The chunks a prefix may reach, and the term's and filters' own chunks, all at once rather than one after another.
  await Promise.all([loadPrefixChunks(pagefind, bundle, terms), pagefind.preload(query, { filters: inShard(0) })]);
  const first = await search(inShard(0));
  /** Candidates before the filters, in all shards. */
  const total = first.unfilteredResultCount;
  let queue: number[];
  let nextShard: number;
  /** Candidates before the filters in the shards searched so far: when it reaches `total`, no shard is left. */
  let covered: number;
  if (total <= shards.size) {
    queue = total === 0 ? [] : (await search(filters)).results.map(rankOf);
    nextShard = shards.count;
    covered = total;
  } else {
    queue = first.results.map(rankOf);
    nextShard = 1;
    covered = shardCandidates(first, 0);
  }
  const parts = filters.part?.any;
  let read = 0;

  return {
    candidates: Object.keys(filters).length === 0 ? total : undefined,
    read: () => read,
    done: () => queue.length === 0 && (covered >= total || nextShard >= shards.count),
    async next(count) {
      const batch: number[] = [];
      while (batch.length < count) {
        if (queue.length === 0) {
          if (covered >= total || nextShard >= shards.count) break;
          const found = await search(inShard(nextShard));
          covered += shardCandidates(found, nextShard);
          queue = found.results.map(rankOf);
          nextShard += 1;
        }
        batch.push(...queue.splice(0, count - batch.length));
      }
      read += batch.length;
      const texts = await Promise.all(batch.map((rank) => loadLetterText(bundle, rank)));
      return texts.flatMap((letter) =>
        letter.units
          .filter(([, part, , , text]) => (!parts || parts.includes(part)) && containsAll(text, terms, simplified))
          .map(([id, part, annex, number, text]) => ({
            url: `${letter.url}#${id}`,
            letter: letter.url,
            title: letter.title,
            date: letter.date,
            symbols: letter.symbols,
            part,
            annex,
            number,
            text,
            spans: findMatches(text, terms, simplified),
          })),
      );
    },
  };
}

/** Candidates before the filters in `shard`, as its filter counts them in a search of it. */
function shardCandidates(found: PagefindSearch, shard: number): number {
  return found.totalFilters[shardFilter(shard)]?.[IN_SHARD] ?? 0;
}

/** The letter's rank: sorted ascending by it, Pagefind scores each result minus its place. */
function rankOf(result: PagefindResult): number {
  return Math.abs(Math.round(result.score));
}

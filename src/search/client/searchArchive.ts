/**
 * The search itself, on top of Pagefind. Pagefind finds the candidate letters:
 * one search for all terms (each spelled as 4-grams, see encodeNgrams.ts), in
 * rank order. The page then reads each candidate letter's units, a few letters
 * at a time, and keeps the units that contain every term: the hits.
 *
 * Pagefind's browser search costs time in proportion to the results times the
 * pages of the index (its rank sort and its filter counts), which at ten
 * thousand letters and a common term is most of a second. So the page asks for
 * one shard at a time (a hidden filter cutting rank order into runs of
 * SHARD_SIZE letters, see buildSearchIndex.ts): the first search tells how many
 * candidates each shard holds, and the next shard is searched only when the
 * reader has read through the last.
 */
import { encodeTerms } from '../encodeNgrams.ts';
import { containsAll, findMatches, type Span } from '../findMatches.ts';
import type { SimplifiedCharMap } from '../normaliseText.ts';
import type { Part } from '../recordUnits.ts';
import { loadLetterText } from './loadLetterText.ts';
import { loadPrefixChunks } from './loadPrefixChunks.ts';
import type { FilterSelection, PagefindApi, PagefindResult } from './pagefindApi.ts';

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
  simplified: SimplifiedCharMap,
  terms: readonly string[],
  filters: FilterSelection,
): Promise<SearchOutcome> {
  const query = encodeTerms(terms);
  const inShard = (shard: string): FilterSelection => ({ ...filters, shard: { any: [shard] } });
  const searchShard = async (shard: string) =>
    ((await pagefind.search(query, { filters: inShard(shard), sort: { rank: 'asc' } })) ?? { results: [], unfilteredResultCount: 0, totalFilters: {} });

  // The chunks a prefix may reach, and the term's and filters' own chunks, all at once rather than one after another.
  await Promise.all([loadPrefixChunks(pagefind, bundle, terms), pagefind.preload(query, { filters: inShard('0') })]);
  const first = await searchShard('0');
  const perShard = first.totalFilters.shard ?? {};
  const shards = Object.keys(perShard)
    .filter((shard) => shard !== '0' && (perShard[shard] ?? 0) > 0)
    .sort((a, b) => Number(a) - Number(b));
  let queue = first.results.map(rankOf);
  const parts = filters.part?.any;
  let read = 0;

  return {
    candidates: Object.keys(filters).length === 0 ? first.unfilteredResultCount : undefined,
    read: () => read,
    done: () => queue.length === 0 && shards.length === 0,
    async next(count) {
      const batch: number[] = [];
      while (batch.length < count) {
        if (queue.length === 0) {
          const shard = shards.shift();
          if (shard === undefined) break;
          queue = (await searchShard(shard)).results.map(rankOf);
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

/** The letter's rank: sorted ascending by it, Pagefind scores each result minus its place. */
function rankOf(result: PagefindResult): number {
  return Math.abs(Math.round(result.score));
}

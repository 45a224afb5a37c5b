/**
 * The search itself, on top of Pagefind. Pagefind finds the candidate letters:
 * one search for all terms (each spelled as 4-grams, see encodeNgrams.ts), in
 * rank order. The page then reads each candidate letter's units, a few letters
 * at a time, and keeps the units that contain every term: the hits.
 *
 * The index is a row of bundles, each a Pagefind index of consecutive letters
 * (see indexLayout.ts); the page merges a bundle into its Pagefind instance only
 * when the reader has read through the bundles before it, so that a query found
 * in recent letters never loads the older bundles' metadata.
 *
 * Pagefind's browser search costs time in proportion to the results times the
 * pages of the index (its rank sort, its filter counts), which at ten thousand
 * letters and a common term is most of a second. So within a bundle the page
 * asks for one shard at a time (runs of consecutive letters in rank order, each
 * marked by a hidden filter, see shardFilter.ts), and the next shard only when
 * the reader has read through the last. A bundle with no more candidates than a
 * shard holds letters is searched once whole instead: that costs no more than a
 * shard's search, and spares one per shard.
 */
import { encodeTerms } from '../encodeNgrams.ts';
import { containsAll, findMatches, type Span } from '../findMatches.ts';
import { bundleShards, type IndexLayout } from '../indexLayout.ts';
import type { SimplifiedCharMap } from '../normaliseText.ts';
import type { Part } from '../recordUnits.ts';
import { loadLetterText } from './loadLetterText.ts';
import { loadPrefixChunks } from './loadPrefixChunks.ts';
import { mergeBundle } from './mergeBundle.ts';
import { bundleFilter, IN_SHARD, shardFilter } from '../shardFilter.ts';
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

/** Searches for units containing all `terms` (normalised, non-empty) that pass `filters`, in the index in `base`. */
export async function searchArchive(
  pagefind: PagefindApi,
  base: string,
  layout: IndexLayout,
  simplified: SimplifiedCharMap,
  terms: readonly string[],
  filters: FilterSelection,
): Promise<SearchOutcome> {
  const query = encodeTerms(terms);
  const only = (filter: string): FilterSelection => ({ ...filters, [filter]: { any: [IN_SHARD] } });
  const search = async (selection: FilterSelection) =>
    (await pagefind.search(query, { filters: selection, sort: { rank: 'asc' } })) ?? { results: [], unfilteredResultCount: 0, totalFilters: {} };
  const { bundles, shardSize, textGroup } = layout;

  /** The bundle being read, and its shards not yet searched. */
  let bundle = -1;
  let shards: number[] = [];
  /** Candidates before the filters: in the current bundle, and in its shards searched so far. */
  let inBundle = 0;
  let covered = 0;
  /** Ranks of the candidate letters found and not yet read. */
  let queue: number[] = [];
  const ranksOf = (found: PagefindSearch): number[] => found.results.map((result) => (bundles[bundle]?.start ?? 0) + rankOf(result));

  /** Merges the next bundle and searches its first shard, or all of it when it holds no more candidates than a shard. */
  const enterBundle = async (): Promise<void> => {
    bundle += 1;
    const current = bundles[bundle];
    if (current === undefined) return;
    const [first = 0, ...rest] = bundleShards(current, shardSize);
    await mergeBundle(pagefind, base, layout, bundle);
    // The chunks a prefix may reach, and the term's and filters' own chunks (the bundle's filter too, which
    // counts its candidates), all at once rather than one after another.
    const counted = { ...only(shardFilter(first)), [bundleFilter(bundle)]: { any: [] } };
    await Promise.all([loadPrefixChunks(pagefind, new URL(current.path, base).href, terms), pagefind.preload(query, { filters: counted })]);
    const found = await search(only(shardFilter(first)));
    inBundle = found.totalFilters[bundleFilter(bundle)]?.[IN_SHARD] ?? 0;
    if (inBundle <= shardSize) {
      shards = [];
      queue = inBundle === 0 ? [] : ranksOf(await search(only(bundleFilter(bundle))));
    } else {
      covered = shardCandidates(found, first);
      shards = covered >= inBundle ? [] : rest;
      queue = ranksOf(found);
    }
  };
  const searchShard = async (shard: number): Promise<void> => {
    const found = await search(only(shardFilter(shard)));
    covered += shardCandidates(found, shard);
    if (covered >= inBundle) shards = [];
    queue = ranksOf(found);
  };

  await enterBundle();
  const parts = filters.part?.any;
  let read = 0;
  const done = () => queue.length === 0 && shards.length === 0 && bundle >= bundles.length - 1;

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
      const texts = await Promise.all(batch.map((rank) => loadLetterText(base, rank, textGroup)));
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

/**
 * Where the index is cut into bundles (see indexLayout.ts). A first build cuts
 * search order from its oldest end into bundles of `size` letters, the newest
 * holding what is left over. A later build keeps the last build's bounds, so that
 * a letter added at any date falls into one bundle and leaves the others as they
 * were (their files are then copied, not indexed again); a bundle grown to more
 * than a quarter over `size` letters is cut again from its oldest end, its oldest
 * part keeping its id and bound.
 */
import { compareOrder, type OrderKey } from './indexLayout.ts';

/** A bundle as planned: its id, its run of ranks and its bound. */
export interface PlannedBundle {
  id: number;
  start: number;
  letters: number;
  bound: OrderKey;
}

/** How far past `size` a kept bundle may grow before it is cut again. */
const GROWTH = 1.25;

/** The bundles of letters in search order `order`, keeping the bounds of the `previous` build's bundles where there are any. */
export function planBundles(order: readonly OrderKey[], size: number, previous: readonly { id: number; bound: OrderKey }[] = []): PlannedBundle[] {
  const bounds = [...previous].sort((a, b) => compareOrder(a.bound, b.bound));
  // Runs of ranks, in search order, each under the previous bundle it falls into (none in a first build).
  const runs: { kept?: { id: number; bound: OrderKey }; start: number; letters: number }[] = [];
  let bundle = 0;
  for (const [rank, letter] of order.entries()) {
    // A letter older than a bundle's bound belongs to an older bundle; the oldest takes all the rest.
    while (bundle < bounds.length - 1 && compareOrder(letter, (bounds[bundle] as { bound: OrderKey }).bound) > 0) bundle += 1;
    const kept = bounds[bundle];
    const last = runs.at(-1);
    if (last !== undefined && last.kept === kept) last.letters += 1;
    else runs.push({ kept, start: rank, letters: 1 });
  }
  let nextId = Math.max(-1, ...previous.map(({ id }) => id)) + 1;
  const planned: PlannedBundle[] = [];
  // Oldest first, so that a first build numbers its bundles from the oldest.
  for (const run of runs.reverse()) {
    if (run.kept !== undefined && run.letters <= size * GROWTH) {
      planned.push({ id: run.kept.id, start: run.start, letters: run.letters, bound: run.kept.bound });
      continue;
    }
    for (let end = run.start + run.letters; end > run.start; end -= size) {
      const start = Math.max(run.start, end - size);
      const { date, url } = order[end - 1] as OrderKey;
      const keeps = end === run.start + run.letters ? run.kept : undefined;
      planned.push({ id: keeps?.id ?? nextId++, start, letters: end - start, bound: keeps?.bound ?? { date, url } });
    }
  }
  return planned.reverse();
}

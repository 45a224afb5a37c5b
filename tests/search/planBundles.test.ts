/**
 * Where the index is cut: from the oldest letter in a first build, and at the
 * last build's bounds after, so that an added letter changes one bundle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareOrder, type OrderKey } from '../../src/search/indexLayout.ts';
import { planBundles, type PlannedBundle } from '../../src/search/planBundles.ts';

/** Letters on the given days of 2020 (one letter a day), in search order. */
const lettersOn = (days: number[]): OrderKey[] =>
  days.map((day) => ({ date: `2020-${String(1 + Math.floor(day / 28)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`, url: `/letters/d${day}/` })).sort(compareOrder);
const sizes = (plan: PlannedBundle[]) => plan.map(({ id, letters }) => [id, letters]);

describe('planBundles', () => {
  it('cuts a first build from the oldest letter, numbering bundles from the oldest, the newest holding the rest', () => {
    const order = lettersOn([...Array(10).keys()]);
    const plan = planBundles(order, 4);
    expect(sizes(plan)).toEqual([
      [2, 2],
      [1, 4],
      [0, 4],
    ]);
    expect(plan.map(({ start }) => start)).toEqual([0, 2, 6]);
    expect(plan.map(({ bound }) => bound)).toEqual([order[1], order[5], order[9]]);
  });

  it('keeps the last build’s bounds: a letter added between two bundles joins the older one and changes no other', () => {
    const before = planBundles(lettersOn([0, 1, 2, 3, 10, 11, 12, 13, 20, 21]), 4);
    const after = planBundles(lettersOn([0, 1, 2, 3, 10, 11, 12, 13, 15, 20, 21]), 4, before);
    expect(sizes(after)).toEqual([
      [2, 2],
      [1, 5],
      [0, 4],
    ]);
    expect(after.map(({ bound }) => bound)).toEqual(before.map(({ bound }) => bound));
  });

  it('puts a letter older than every bound into the oldest bundle, and a newer one into the newest', () => {
    const before = planBundles(lettersOn([10, 11, 12, 13, 20, 21, 22, 23]), 4);
    const after = planBundles(lettersOn([5, 10, 11, 12, 13, 20, 21, 22, 23, 30]), 4, before);
    expect(sizes(after)).toEqual([
      [1, 5],
      [0, 5],
    ]);
  });

  it('cuts a bundle grown past a quarter over its size again from its oldest end, which keeps its id and bound', () => {
    const before = planBundles(lettersOn([0, 1, 2, 3, 10, 11, 12, 13]), 4);
    const after = planBundles(lettersOn([0, 1, 2, 3, 10, 11, 12, 13, 14, 15]), 4, before);
    expect(sizes(after)).toEqual([
      [2, 2],
      [1, 4],
      [0, 4],
    ]);
    expect(after[1]?.bound).toEqual(before[0]?.bound);
  });

  it('drops a bundle left with no letters and never reuses its id', () => {
    const before = planBundles(lettersOn([0, 1, 2, 3, 10, 11, 12, 13, 20]), 4);
    const after = planBundles(lettersOn([0, 1, 2, 3, 20, 21, 22, 23, 24, 25]), 4, before);
    expect(sizes(after)).toEqual([
      [3, 2],
      [2, 4],
      [0, 4],
    ]);
  });

  it('always covers every letter once, in runs of search order, with distinct ids', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(300), { maxLength: 60 }), fc.uniqueArray(fc.nat(300), { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (first, second, size) => {
        const plan = planBundles(lettersOn(second), size, planBundles(lettersOn(first), size));
        expect(plan.reduce((start, bundle) => (expect(bundle.start).toBe(start), start + bundle.letters), 0)).toBe(second.length);
        expect(new Set(plan.map(({ id }) => id)).size).toBe(plan.length);
        for (const bundle of plan) expect(bundle.letters).toBeLessThanOrEqual(Math.floor(size * 1.25));
      }),
    );
  });
});

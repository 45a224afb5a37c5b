/**
 * Batches of a build stage run in child processes: results come back in batch
 * order whatever order the processes end in, each batch has a process of its own,
 * and a failing batch fails the stage with the child's error.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchSize, inBatches, runInChildren } from '../../src/build/runInChildren.ts';

const tasks = resolve(import.meta.dirname, 'fixtures/childTasks.ts');

describe('runInChildren', () => {
  it('delivers each batch’s result in batch order, from a process of its own per batch', async () => {
    // The first batch waits longest, so that later ones end first.
    const batches = [0, 1, 2, 3].map((batch) => ({ numbers: [batch * 2, batch * 2 + 1], waitMs: (3 - batch) * 150 }));
    const delivered: { batch: number; squares: number[]; pid: number }[] = [];
    await runInChildren<(typeof batches)[number], { squares: number[]; pid: number }>({ module: tasks, name: 'squareSlowly', title: 'test-batch' }, batches, {
      parallel: 2,
      onResult: (result, batch) => delivered.push({ batch, ...result }),
    });
    expect(delivered.map(({ batch, squares }) => [batch, squares])).toEqual([
      [0, [0, 1]],
      [1, [4, 9]],
      [2, [16, 25]],
      [3, [36, 49]],
    ]);
    expect(new Set(delivered.map(({ pid }) => pid)).size).toBe(4);
    expect(delivered.map(({ pid }) => pid)).not.toContain(process.pid);
  }, 60_000);

  it('fails with the child’s error, naming the stage', async () => {
    const onResult = (): void => {
      throw new Error('no result expected');
    };
    await expect(runInChildren({ module: tasks, name: 'failWith', title: 'test-batch' }, [{ what: 'the impossible' }], { onResult })).rejects.toThrow(/^test-batch: Error: cannot do the impossible/);
    await expect(runInChildren({ module: tasks, name: 'missing', title: 'test-batch' }, [{}], { onResult })).rejects.toThrow(/exports no function missing/);
  }, 60_000);
});

describe('batchSize', () => {
  it('splits the items evenly into a multiple of the cores, none over the most', () => {
    expect(batchSize(10_000, 4000, 2)).toBe(2500);
    expect(batchSize(100_000, 4000, 2)).toBe(3847);
    expect(batchSize(5, 4000, 2)).toBe(3);
    expect(batchSize(0, 4000, 2)).toBe(1);
    for (const [count, most, parallel] of [
      [10_000, 4000, 2],
      [100_001, 4000, 4],
      [7, 2, 3],
    ] as const) {
      const batches = inBatches(Array.from({ length: count }, (_, item) => item), batchSize(count, most, parallel));
      expect(batches.flat()).toHaveLength(count);
      expect(Math.max(...batches.map((batch) => batch.length))).toBeLessThanOrEqual(most);
    }
  });
});

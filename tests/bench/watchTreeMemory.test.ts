import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { watchTreeMemory } from '../../src/bench/watchTreeMemory.ts';

const MB = 2 ** 20;

/**
 * A Node process named `mem-root` that idles, says `fill`, then holds 200 MB of
 * written memory and starts `mem-child`, which holds 300 MB; when both hold
 * theirs for a second, both exit. Buffers are filled with data: zero pages
 * from the kernel would not be resident.
 */
const program = `
process.title = 'mem-root';
const { spawn } = require('node:child_process');
const pause = (ms) => new Promise((done) => setTimeout(done, ms));
(async () => {
  await pause(600);
  console.log('fill');
  await pause(300);
  const held = Buffer.alloc(200 * ${MB}, 0x5a);
  const child = spawn(process.execPath, ['-e', \`
    process.title = 'mem-child';
    const held = Buffer.alloc(300 * ${MB}, 0xa5);
    console.log('held');
    setInterval(() => held[0]++, 100);
  \`], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.once('data', async () => {
    await pause(1000);
    child.kill();
    held[0]++;
  });
})();
`;

function startRoot(): ChildProcess & { pid: number } {
  const root = spawn(process.execPath, ['-e', program], { stdio: ['ignore', 'pipe', 'inherit'] });
  if (root.pid === undefined) throw new Error('could not start the test process');
  return root as ChildProcess & { pid: number };
}

describe.runIf(process.platform === 'linux')('watchTreeMemory', () => {
  it('sums the resident memory of a process and its child, per process and per phase', { timeout: 30_000 }, async () => {
    const root = startRoot();
    const watch = watchTreeMemory(root.pid, { phase: 'idle', intervalMs: 100 });
    expect(watch).toBeDefined();
    root.stdout!.once('data', () => watch!.phase('full'));
    await once(root, 'exit');
    const peaks = watch!.stop();

    // Each process holds its buffer plus Node's own few tens of megabytes.
    expect(peaks.byKindMB['mem-root']).toBeGreaterThanOrEqual(200);
    expect(peaks.byKindMB['mem-root']).toBeLessThan(200 + 100);
    expect(peaks.byKindMB['mem-child']).toBeGreaterThanOrEqual(300);
    expect(peaks.byKindMB['mem-child']).toBeLessThan(300 + 100);
    // Both were alive together, so the tree's peak is their sum.
    expect(peaks.totalMB).toBeGreaterThanOrEqual(500);
    expect(peaks.totalMB).toBeLessThan(500 + 200);
    expect(peaks.byPhaseMB.idle).toBeLessThan(150);
    expect(peaks.byPhaseMB.full).toBe(peaks.totalMB);
    // At the peak of the second phase both processes held their buffers; in the first, the child did not exist.
    expect(peaks.atPhasePeakMB.full!['mem-root']).toBeGreaterThanOrEqual(200);
    expect(peaks.atPhasePeakMB.full!['mem-child']).toBeGreaterThanOrEqual(300);
    expect(peaks.atPhasePeakMB.idle).not.toHaveProperty('mem-child');
    // Each kind's own peak per phase: the child ran only in the second phase.
    expect(peaks.byPhaseKindMB.full!['mem-child']).toBe(peaks.byKindMB['mem-child']);
    expect(peaks.byPhaseKindMB.idle).not.toHaveProperty('mem-child');
    expect(peaks.byPhaseKindMB.idle!['mem-root']).toBeLessThan(150);
    expect(peaks.samples).toBeGreaterThan(15);
  });

  it('groups processes by the kind the caller gives them', { timeout: 30_000 }, async () => {
    const root = startRoot();
    const watch = watchTreeMemory(root.pid, { kind: ({ pid }) => (pid === root.pid ? 'root' : 'descendants'), intervalMs: 100 });
    await once(root, 'exit');
    const peaks = watch!.stop();
    expect(Object.keys(peaks.byKindMB).sort()).toEqual(['descendants', 'root']);
    expect(peaks.byKindMB.descendants).toBeGreaterThanOrEqual(300);
    expect(peaks.byPhaseMB).toEqual({ run: peaks.totalMB });
  });

  it('cannot watch a process that has exited', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await once(gone, 'exit');
    expect(watchTreeMemory(gone.pid!)).toBeUndefined();
  });
});

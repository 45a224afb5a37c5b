/**
 * yieldEvery: a pause in the page's long loops that gives the event loop back
 * only once its budget of work has passed, so that a loop over thousands of
 * letters does not wait a timer's minimum delay after each one.
 */
import { describe, expect, it } from 'vitest';
import { yieldEvery } from '../../src/search/client/yieldEvery.ts';

/** Whether a timer queued before `pause()` runs before the pause returns: whether the pause gave the event loop back. */
async function yielded(pause: () => Promise<void>): Promise<boolean> {
  let fired = false;
  setTimeout(() => (fired = true), 0);
  await pause();
  return fired;
}

/** Keeps the thread busy for `ms` milliseconds. */
function work(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('yieldEvery', () => {
  it('returns at once while the budget lasts', async () => {
    const pause = yieldEvery(60_000);
    for (let step = 0; step < 100; step++) expect(await yielded(pause)).toBe(false);
  });

  it('gives the event loop back once the budget has passed, then starts a new budget', async () => {
    const pause = yieldEvery(20);
    work(25);
    expect(await yielded(pause)).toBe(true);
    expect(await yielded(pause)).toBe(false);
    work(25);
    expect(await yielded(pause)).toBe(true);
  });
});

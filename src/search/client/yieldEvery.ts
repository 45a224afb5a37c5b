/**
 * A pause for long loops in the page: `await pause()` gives the page back to
 * input and painting once `budgetMs` of work have passed since the last time,
 * and otherwise returns at once. Yielding after every step instead costs a
 * timer's minimum delay (4 ms once timers nest) each time: reading the ten
 * thousand letters of a common term's whole list took forty seconds of waiting.
 */
export function yieldEvery(budgetMs: number): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    // scheduler.yield (Chromium 129+) resumes ahead of other queued work; a timer is the fallback elsewhere.
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    await (scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));
    since = performance.now();
  };
}

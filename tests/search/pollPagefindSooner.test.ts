/** pollPagefindSooner: the index's Pagefind scripts poll for their files every 4 ms, and a script that waits otherwise is refused. */
import { describe, expect, it } from 'vitest';
import { pollSooner } from '../../src/search/pollPagefindSooner.ts';

describe('pollSooner', () => {
  it('rewrites both of Pagefind’s 50 ms waits (getPtr, mergeIndex) and nothing else', () => {
    const script = 'async getPtr(){while(this.raw_ptr===null){await asyncSleep(50);}} while(this.primary.wasm===null){await asyncSleep(50);} asyncSleep(500)';
    expect(pollSooner(script, 'pagefind.js')).toBe('async getPtr(){while(this.raw_ptr===null){await asyncSleep(4);}} while(this.primary.wasm===null){await asyncSleep(4);} asyncSleep(500)');
  });

  it('refuses a script that does not wait as expected, naming it', () => {
    expect(() => pollSooner('await asyncSleep(50);', 'pagefind.js')).toThrow("pagefind.js: expected Pagefind's 2 waits (await asyncSleep(50);), found 1");
    expect(() => pollSooner('', 'pagefind-worker.js')).toThrow('found 0');
  });
});

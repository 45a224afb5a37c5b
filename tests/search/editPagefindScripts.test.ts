/** editPagefindScripts: the index's Pagefind scripts poll for their files every 4 ms and fetch them inflated by the browser; a script that reads otherwise is refused. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FETCH_INFLATED, inflateNatively, pollSooner } from '../../src/search/editPagefindScripts.ts';

describe('pollSooner', () => {
  it('rewrites both of Pagefind’s 50 ms waits (getPtr, mergeIndex) and nothing else', () => {
    const script = 'async getPtr(){while(this.raw_ptr===null){await asyncSleep(50);}} while(this.primary.wasm===null){await asyncSleep(50);} asyncSleep(500)';
    expect(pollSooner(script, 'pagefind.js')).toBe('async getPtr(){while(this.raw_ptr===null){await asyncSleep(4);}} while(this.primary.wasm===null){await asyncSleep(4);} asyncSleep(500)');
  });

  it('refuses a script that does not wait as expected, naming it', () => {
    expect(() => pollSooner('await asyncSleep(50);', 'pagefind.js')).toThrow('pagefind.js: expected Pagefind\'s script to hold `await asyncSleep(50);` 2 time(s), found 1');
    expect(() => pollSooner('', 'pagefind-worker.js')).toThrow('found 0');
  });
});

describe('inflateNatively', () => {
  const performFetch = 'async performFetch(queued){try{const response=await fetch(queued.input);if(!response.ok){}}}';

  it('makes Pagefind’s one fetch call fetchInflated, which it appends', () => {
    const edited = inflateNatively(performFetch, 'pagefind.js');
    expect(edited).toBe(`async performFetch(queued){try{const response=await fetchInflated(queued.input);if(!response.ok){}}}${FETCH_INFLATED}`);
  });

  it('refuses a script whose fetches are not the one expected, naming it', () => {
    expect(() => inflateNatively('fetch(url)', 'b0/pagefind-worker.js')).toThrow('b0/pagefind-worker.js: expected Pagefind\'s script to hold `await fetch(queued.input)` 1 time(s), found 0');
    expect(() => inflateNatively(performFetch + performFetch, 'pagefind.js')).toThrow('found 2');
  });

  /** The appended fetchInflated, run here (Node has fetch's Response, Blob and DecompressionStream) over a `fetch` that answers `response`. */
  const fetchInflated = (response: Response) => new Function('fetch', `${FETCH_INFLATED}; return fetchInflated;`)(async () => response) as (input: string) => Promise<Response>;
  const signed = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0, 1, 2, 255, 31, 139])]);

  it('answers a gzip file with its inflated bytes, which begin with Pagefind’s signature', async () => {
    const response = await fetchInflated(new Response(gzipSync(signed), { headers: { 'Content-Type': 'application/octet-stream' } }))('wasm.unknown.pagefind');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(signed);
    expect(response.status).toBe(200);
  });

  it('passes through a body that is not gzip (Pagefind’s entry file) and a failed response', async () => {
    const entry = await fetchInflated(new Response('{"version":"1.4.0"}'))('pagefind-entry.json');
    expect(await entry.json()).toEqual({ version: '1.4.0' });
    const missing = new Response(gzipSync(signed), { status: 404, statusText: 'Not Found' });
    expect(await fetchInflated(missing)('index/x.pf_index')).toBe(missing);
  });

  it('answers a truncated gzip file with a body that fails to read, as Pagefind’s own decoder would', async () => {
    const response = await fetchInflated(new Response(gzipSync(signed).subarray(0, 12)))('index/x.pf_index');
    await expect(response.arrayBuffer()).rejects.toThrow();
  });
});

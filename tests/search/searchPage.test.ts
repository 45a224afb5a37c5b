/**
 * The search page in Chromium against the built seed letters: the results
 * contract (`#search-results`, `aria-busy`, `a[data-hit]` deep links), what a hit
 * shows, the query in the URL (share, reload, back), the part filter, the empty
 * result, a term's words in different bundles, the header search box, and the
 * marks on the letter page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probesFor, type ChunkProbes } from '../../src/search/chunkProbes.ts';
import { encodeChar, encodeTerm } from '../../src/search/encodeNgrams.ts';
import type { IndexLayout } from '../../src/search/indexLayout.ts';
import { normaliseText } from '../../src/search/normaliseText.ts';
import { readIndexChunks } from '../../src/search/readIndexChunks.ts';
import { recordUnits } from '../../src/search/recordUnits.ts';
import { searchOrder } from '../../src/search/searchEntries.ts';
import { simplifiedCharMap } from '../../src/search/simplifiedCharMap.ts';
import { truthOf, useSearchPage } from './searchDriver.ts';

const search = useSearchPage();
const { env, open, done, counted, hitLinks } = search;
/** A unit of the seeds found by a query unique to it: an annex paragraph with a printed number. */
function numberedAnnexUnit() {
  for (const record of env.records) {
    for (const [id, part, annex, number, text] of recordUnits(record)) {
      if (part !== 'annex' || number === '') continue;
      const chars = [...text];
      for (let start = 0; start + 8 <= chars.length; start++) {
        const query = chars.slice(start, start + 8).join('');
        if (/\s/.test(query)) continue;
        const holders = env.records.flatMap((other) => recordUnits(other).filter((unit) => unit[4].includes(query)));
        if (holders.length === 1) return { record, id, annex, number, query };
      }
    }
  }
  throw new Error('no numbered annex paragraph in the seeds');
}

describe('the results contract', () => {
  it('is busy while searching and not when done; every hit is an a[data-hit] deep link inside #search-results', async () => {
    // Hold the index back so that the search is caught in flight.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await search.page().route('**/pagefind/index/**', async (route) => {
      await held;
      await route.continue();
    });
    await search.page().goto(`${env.site.baseUrl}/search/?q=${encodeURIComponent('纳戈尔诺-卡拉巴赫')}`);
    await search.page().waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'true');
    expect(await search.page().locator('a[data-hit]').count()).toBe(0);
    release();
    await done();
    const hrefs = await hitLinks();
    expect(hrefs.length).toBeGreaterThan(0);
    expect(await search.page().locator('a[data-hit]').count()).toBe(hrefs.length);
    for (const href of hrefs) {
      const [path, fragment] = href.split('#');
      const url = new URL(path ?? '', env.site.baseUrl);
      expect(url.searchParams.get('q')).toBe('纳戈尔诺-卡拉巴赫');
      const record = env.records.find((candidate) => candidate.url === url.pathname);
      expect(record && recordUnits(record).some(([id]) => id === fragment)).toBe(true);
    }
  });

  it('names the letter, annex and paragraph of a hit and marks the query in its excerpt', async () => {
    const { record, annex, number, query, id } = numberedAnnexUnit();
    await open(query);
    const hit = search.page().locator('#search-results a[data-hit]');
    expect(await hit.count()).toBe(1);
    expect(await hit.getAttribute('href')).toBe(`${record.url}?q=${encodeURIComponent(query).replace(/%20/g, '+')}#${id}`);
    expect(await hit.locator('.search-hit-where').textContent()).toBe(`${annex} · 第 ${number} 段`);
    expect(await hit.locator('mark').allTextContents()).toEqual([query]);
    const group = search.page().locator('#search-results .search-letter');
    expect(await group.locator('.search-letter-title').textContent()).toBe(record.title);
    const facts = await group.locator('.search-letter-facts').textContent();
    expect(facts).toContain(record.letterDate);
    expect(facts).toContain(record.symbols[0] ?? '文号未载明');
  });

  it('lists letters, not paragraphs: every letter with a hit on the first screen, each with its count and its best three excerpts', async () => {
    const truth = truthOf(env.records, '安全理事会');
    await open('安全理事会');
    const listed = await search.listed();
    expect(listed.map((letter) => letter.url).sort()).toEqual([...truth.keys()].sort());
    expect(await search.page().isVisible('#search-more')).toBe(false);
    for (const letter of listed) {
      const units = truth.get(letter.url) ?? [];
      expect(letter.facts).toContain(`${units.length} 处匹配`);
      expect(letter.excerpts.length).toBe(Math.min(3, units.length));
      for (const excerpt of letter.excerpts) expect(units).toContain(excerpt);
      expect(letter.more === null).toBe(units.length <= 3);
      if (letter.more) expect(await search.page().locator(`a.search-letter-all[href="${letter.more}"]`).textContent()).toBe(`本信另有 ${units.length - 3} 处`);
    }
    expect(await search.page().textContent('#search-status')).toBe(`共 ${truth.size} 封信函（${[...truth.values()].flat().length} 处匹配）。`);
  });

  it('says so when a word is not in the archive', async () => {
    await open('量子计算机');
    expect(await search.page().locator('a[data-hit]').count()).toBe(0);
    expect(await search.page().textContent('#search-status')).toContain('档案中没有找到“量子计算机”');
  });

  it('finds traditional and full-width forms of what the letters print', async () => {
    await open('聯合國');
    const traditional = await hitLinks();
    await open('联合国');
    expect(traditional).toEqual((await hitLinks()).map((href) => href.replace(encodeURIComponent('联合国'), encodeURIComponent('聯合國'))));
    await open('822（1993）');
    const wide = (await hitLinks()).map((href) => href.replace(/\?[^#]*/, ''));
    await open('822(1993)');
    expect(wide).toEqual((await hitLinks()).map((href) => href.replace(/\?[^#]*/, '')));
    expect(wide.length).toBeGreaterThan(0);
  });
});

describe('the start of a search', () => {
  it('takes Pagefind’s entry file, metadata and WebAssembly from the preloads the page asks for while it loads, fetching none again', async () => {
    const layout = JSON.parse(await readFile(join(env.site.distDir, 'pagefind', 'layout.json'), 'utf8')) as IndexLayout;
    await open('安全理事会');
    const requested = await search.page().evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(({ name, initiatorType }) => ({ path: new URL(name).pathname + new URL(name).search, initiatorType })));
    const first = (pattern: RegExp) => requested.filter(({ path }) => pattern.test(path));
    expect(first(/^\/pagefind\/pagefind-entry\.json/)).toEqual([{ path: `/pagefind/pagefind-entry.json?ts=${layout.bundles[0]?.entryTag}`, initiatorType: 'link' }]);
    for (const pattern of [/^\/pagefind\/pagefind\.[^/]+\.pf_meta$/, /^\/pagefind\/wasm\.[^/]+\.pagefind$/]) {
      expect(first(pattern).map(({ initiatorType }) => initiatorType)).toEqual(['link']);
    }
  });
});

describe('a walk over the bundles', () => {
  it('fetches each merged bundle’s entry file (with its tag) and metadata once, both preloaded as its merge starts', async () => {
    const layout = JSON.parse(await readFile(join(env.site.distDir, 'pagefind', 'layout.json'), 'utf8')) as IndexLayout;
    const merged = layout.bundles.slice(1);
    expect(merged.length).toBeGreaterThan(0);
    // A word no letter holds: the walk merges every bundle before it can say so.
    await open('量子计算机');
    const requested = await search.page().evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(({ name, initiatorType }) => ({ path: new URL(name).pathname + new URL(name).search, initiatorType })));
    for (const bundle of merged) {
      const own = requested.filter(({ path }) => path.startsWith(`/pagefind/${bundle.path}pagefind`));
      expect(own).toEqual([
        { path: `/pagefind/${bundle.path}pagefind-entry.json?ts=${bundle.entryTag}`, initiatorType: 'link' },
        { path: `/pagefind/${bundle.path}${bundle.meta}`, initiatorType: 'link' },
      ]);
    }
  });
});

describe('the query as Pagefind reads it', () => {
  it('is read without Intl.Segmenter, whose first use loads ICU’s break data, while the page keeps its language', async () => {
    await search.page().addInitScript(() => {
      const made: string[] = [];
      (window as unknown as { segmenters: string[] }).segmenters = made;
      const Segmenter = Intl.Segmenter;
      (Intl as { Segmenter: typeof Intl.Segmenter }).Segmenter = class extends Segmenter {
        constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
          super(...args);
          made.push(String(args[0]));
        }
      };
    });
    const truth = truthOf(env.records, '安全理事会');
    await open('安全理事会');
    expect((await search.listed()).map((letter) => letter.url).sort()).toEqual([...truth.keys()].sort());
    // The filter counts come from a second instance, in Pagefind's worker: not this page's segmenters, but its language too.
    await counted();
    expect(await search.page().evaluate(() => (window as unknown as { segmenters: string[] }).segmenters)).toEqual([]);
    expect(await search.page().getAttribute('html', 'lang')).toBe('zh-CN');
  });
});

describe('a term shorter than a word', () => {
  it('loads every later index chunk its bundle lists for it (one probes.json per bundle, fetched once), and finds every letter holding it', async () => {
    const index = join(env.site.distDir, 'pagefind');
    const layout = JSON.parse(await readFile(join(index, 'layout.json'), 'utf8')) as IndexLayout;
    const bundles = await Promise.all(
      layout.bundles.map(async ({ path }) => ({
        path,
        chunks: await readIndexChunks(join(index, path)),
        probes: JSON.parse(await readFile(join(index, path, 'probes.json'), 'utf8')) as ChunkProbes,
      })),
    );
    // A character of the seeds whose words run past the chunk that holds the character itself.
    const chars = new Set(env.records.flatMap((record) => recordUnits(record).flatMap(([, , , , text]) => [...text])));
    const later = (char: string) => bundles.flatMap(({ path, chunks, probes }) => probesFor(probes[encodeChar(char)] ?? [], encodeTerm(char)).map((from) => `/pagefind/${path}index/${chunks.find((chunk) => chunk.from === from)?.hash}.pf_index`));
    const char = [...chars].find((candidate) => /\p{Script=Han}/u.test(candidate) && later(candidate).length > 0);
    expect(char).toBeDefined();
    const requested: string[] = [];
    search.page().on('request', (request) => requested.push(new URL(request.url()).pathname));
    await open(char as string);
    expect(requested).toEqual(expect.arrayContaining(later(char as string)));
    expect(requested.filter((path) => path.endsWith('/probes.json')).sort()).toEqual(layout.bundles.map(({ path }) => `/pagefind/${path}probes.json`).sort());
    const truth = truthOf(env.records, char as string);
    expect(await search.page().textContent('#search-status')).toBe(`共 ${truth.size} 封信函（${[...truth.values()].flat().length} 处匹配）。`);
  });

  it('fetches a merged bundle’s probe list beside its entry and metadata, not once they have come', async () => {
    const layout = JSON.parse(await readFile(join(env.site.distDir, 'pagefind', 'layout.json'), 'utf8')) as IndexLayout;
    const order = searchOrder(env.records);
    const [newest] = layout.bundles;
    const held = (bundle: (typeof layout.bundles)[number]) => new Set(order.slice(bundle.start, bundle.start + bundle.letters).flatMap((record) => recordUnits(record).flatMap(([, , , , text]) => [...text])));
    // A character the newest bundle lacks: the walk merges the older bundles to find it.
    const inNewest = held(newest as (typeof layout.bundles)[number]);
    const char = [...held(layout.bundles.at(-1) as (typeof layout.bundles)[number])].find((candidate) => /\p{Script=Han}/u.test(candidate) && !inNewest.has(candidate));
    expect(char).toBeDefined();
    const events: string[] = [];
    search.page().on('request', (request) => events.push(`asked ${new URL(request.url()).pathname}`));
    search.page().on('requestfinished', (request) => events.push(`came ${new URL(request.url()).pathname}`));
    await open(char as string);
    const merged = layout.bundles.filter(({ path, meta }) => path !== '' && events.includes(`came /pagefind/${path}${meta}`));
    expect(merged.length).toBeGreaterThan(0);
    for (const { path, meta } of merged) {
      expect(events.indexOf(`asked /pagefind/${path}probes.json`)).toBeGreaterThanOrEqual(0);
      expect(events.indexOf(`asked /pagefind/${path}probes.json`)).toBeLessThan(events.indexOf(`came /pagefind/${path}${meta}`));
    }
  });
});

describe('a term of several words', () => {
  it('reads no letter of a bundle that lacks one of its words, though the bundle holds the others', async () => {
    const layout = JSON.parse(await readFile(join(env.site.distDir, 'pagefind', 'layout.json'), 'utf8')) as IndexLayout;
    const order = searchOrder(env.records);
    const simplified = simplifiedCharMap();
    // Per bundle, every run of four Han characters its letters' units hold (the words the index is made of).
    const runs = layout.bundles.map(({ start, letters }) => {
      const held = new Set<string>();
      for (const record of order.slice(start, start + letters)) {
        for (const [, , , , text] of recordUnits(record)) {
          const chars = [...normaliseText(text, simplified).text];
          for (let at = 0; at + 4 <= chars.length; at++) {
            const run = chars.slice(at, at + 4).join('');
            if (/^\p{Script=Han}{4}$/u.test(run)) held.add(run);
          }
        }
      }
      return held;
    });
    // A query of two words (4 + 4 characters) that no unit holds: `first` only in bundle `has`, `second` in bundles `has` and `lacks` both.
    const pick = () => {
      for (const [has, own] of runs.entries()) {
        for (const [lacks, other] of runs.entries()) {
          if (has === lacks) continue;
          const shared = [...own].filter((run) => other.has(run)).slice(0, 20);
          const apart = [...own].filter((run) => !other.has(run)).slice(0, 20);
          for (const first of apart) for (const second of shared) if (truthOf(env.records, first + second).size === 0) return { query: first + second, lacks: layout.bundles[lacks] };
        }
      }
      throw new Error('no two bundles of the seeds share a run of four characters');
    };
    const { query, lacks } = pick();
    const requested: string[] = [];
    search.page().on('request', (request) => requested.push(new URL(request.url()).pathname));
    await open(query);
    expect(await search.page().textContent('#search-status')).toBe(`档案中没有找到“${query}”。`);
    expect(requested.filter((path) => path.startsWith(`/pagefind/text/${lacks?.id}/`))).toEqual([]);
  });
});

describe('hostile queries', () => {
  it('are text: markup is shown literally and never run, pattern characters match themselves', async () => {
    let dialogs = 0;
    search.page().on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    const markup = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await open(markup);
    expect(await search.page().textContent('#search-status')).toContain(markup);
    expect(await search.page().locator('#search-results img, #search-status img').count()).toBe(0);
    await open('.*');
    expect(await search.page().locator('a[data-hit]').count()).toBe(0);
    await open('(1993)');
    const hits = await search.page().locator('#search-results a[data-hit] mark').allTextContents();
    expect(hits.length).toBeGreaterThan(0);
    for (const mark of hits) expect(mark.normalize('NFKC')).toBe('(1993)');
    await open('　 \t ');
    expect(await search.page().textContent('#search-status')).toBe('请输入要查找的字词。');
    expect(dialogs).toBe(0);
  });
});

describe('the query in the URL', () => {
  it('is set by the form, survives a reload, and goes back with history', async () => {
    await search.page().goto(`${env.site.baseUrl}/search/`);
    await done();
    await search.page().fill('#search-query', 'Malcolm');
    await search.page().press('#search-query', 'Enter');
    await search.page().waitForURL(/\?q=Malcolm$/);
    await done();
    const first = await hitLinks();
    expect(first.length).toBeGreaterThan(0);

    await search.page().fill('#search-query', 'S/2020/729');
    await search.page().press('#search-query', 'Enter');
    await search.page().waitForURL(/q=S%2F2020%2F729/);
    await done();
    const second = await hitLinks();
    expect(second).not.toEqual(first);

    await search.page().reload();
    await done();
    expect(await hitLinks()).toEqual(second);
    expect(await search.page().inputValue('#search-query')).toBe('S/2020/729');

    await search.page().goBack();
    await done();
    expect(await hitLinks()).toEqual(first);
  });

  it('is where the header search box on every page leads', async () => {
    await search.page().goto(`${env.site.baseUrl}/`);
    await search.page().keyboard.press('/');
    await search.page().keyboard.type('阿塞拜疆');
    await search.page().keyboard.press('Enter');
    await search.page().waitForURL(/\/search\/\?q=/);
    await done();
    expect(await search.page().locator('a[data-hit]').count()).toBeGreaterThan(0);
  });
});

describe('the part filter', () => {
  it('narrows the hits to one part through the URL, with counts of letters', async () => {
    const truth = truthOf(env.records, '阿塞拜疆');
    await open('阿塞拜疆');
    await counted();
    const footnotes = [...truth.values()].filter((units) => units.some((url) => recordUnits(env.records.find((record) => url.startsWith(record.url))!).some(([id, part]) => part === 'footnote' && url.endsWith(`#${id}`)))).length;
    expect(await search.page().getAttribute('#search-filters input[name=part][value=footnote] ~ [data-count]', 'data-count')).toBe(String(footnotes));
    await search.page().check('#search-filters input[name=part][value=footnote]');
    await search.page().waitForURL(/part=footnote/);
    await done();
    await counted();
    const wheres = await search.page().locator('#search-results a[data-hit] .search-hit-where').allTextContents();
    expect(wheres.length).toBeGreaterThan(0);
    for (const where of wheres) expect(where).toMatch(/^脚注 /);
    expect(await search.listed()).toHaveLength(footnotes);
    expect(await search.page().isChecked('#search-filters input[name=part][value=footnote]')).toBe(true);
  });
});

describe('on the letter page', () => {
  it('marks the matched text in the block the hit links to', async () => {
    const { query, id } = numberedAnnexUnit();
    await open(query);
    await search.page().click('#search-results a[data-hit]');
    await search.page().waitForSelector(`[id="${id}"] mark.search-highlight`);
    expect((await search.page().locator(`[id="${id}"] mark.search-highlight`).allTextContents()).join('')).toBe(query);
  });

  it('opens from 本信另有 N 处 with every match marked, and steps from match to match by button and key', async () => {
    const query = '安全理事会';
    const [url, units] = [...truthOf(env.records, query)].find(([, found]) => found.length > 3) ?? [];
    await open(query);
    await search.page().click(`.search-letter-all[href^="${url}?"]`);
    await search.page().waitForSelector('.search-steps');
    const marks = search.page().locator('mark.search-highlight');
    // Every matching unit holds a mark, and no mark is outside a matching unit.
    const marked = await marks.evaluateAll((all) => [...new Set(all.map((mark) => mark.closest('[id]')?.id ?? ''))]);
    const expected = [...new Set((units ?? []).map((unit) => unit.split('#')[1] ?? ''))];
    expect(marked.sort()).toEqual(expected.sort());
    for (const text of await marks.allTextContents()) expect(text.normalize('NFKC')).toBe(query);
    const total = await marks.count();
    const position = () => search.page().textContent('.search-steps [role=status]');
    expect(await position()).toBe(`第 1 / ${total} 处`);
    await search.page().click('.search-steps button:has-text("下一处")');
    expect(await position()).toBe(`第 2 / ${total} 处`);
    await search.page().keyboard.press('n');
    expect(await position()).toBe(`第 3 / ${total} 处`);
    await search.page().keyboard.press('p');
    await search.page().keyboard.press('p');
    await search.page().keyboard.press('p');
    expect(await position()).toBe(`第 ${total} / ${total} 处`);
    expect(await search.page().locator('mark.search-highlight-current').count()).toBe(1);
    expect(await search.page().locator('mark.search-highlight-current').evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    })).toBe(true);
  });
});

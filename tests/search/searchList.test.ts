/**
 * What a query finds and how the list shows it, in Chromium on the built seeds:
 * symbols in every spelling (the letter itself first), titles and agenda items,
 * exclusion and phrases, both orders, a year range, the sender filter, honest
 * counts, the page holding still while results arrive, and axe on the results.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../../src/records/schema.ts';
import { recordUnits } from '../../src/search/recordUnits.ts';
import { truthOf, useSearchPage } from './searchDriver.ts';

const search = useSearchPage();
const { env, open, done, counted, listed } = search;

/** The whole list for `query`, from the page's own search code (the open page's). */
const searchAll = (query: string) =>
  search.page().evaluate((text) => (globalThis as unknown as { archiveSearchAll(query: string): Promise<{ letters: string[]; units: string[] }> }).archiveSearchAll(text), query);

/** The printed spellings of one of a letter's symbols, or of its joint symbol, a reader may type. */
function spellings(record: LetterRecord, symbol: string): string[] {
  const wide = (text: string) => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
  const joint = record.symbols.join('-');
  return [symbol, symbol.toLowerCase(), wide(symbol), joint, record.symbols.join('–'), wide(joint).toLowerCase()];
}

/** The URLs of the letters holding a unit that matches `query`, in date order, newest first. */
function lettersByDate(query: string): string[] {
  const truth = truthOf(env.records, query);
  return env.records
    .filter((record) => truth.has(record.url))
    .sort((a, b) => b.letterDate.localeCompare(a.letterDate) || a.id.localeCompare(b.id))
    .map((record) => record.url);
}

describe('a symbol query', () => {
  it('puts the letter carrying the symbol first, marked as the document itself, in every spelling, for every seed symbol', async () => {
    const carriers = env.records.filter((record) => record.symbols.length > 0);
    expect(carriers.length).toBeGreaterThan(0);
    for (const record of carriers) {
      for (const symbol of record.symbols) {
        for (const spelling of spellings(record, symbol)) {
          for (const extra of ['', '&sort=oldest']) {
            await open(spelling, extra);
            const [first, ...rest] = await listed();
            expect({ spelling, extra, first: first?.url, self: first?.self }).toEqual({ spelling, extra, first: record.url, self: true });
            expect(first?.excerpts[0]).toBe(`${record.url}#letter-head`);
            for (const other of rest) expect(other.self).toBe(false);
            // Letters citing it, if any, follow: every letter whose text holds the spelling is listed.
            const holders = new Set([record.url, ...truthOf(env.records, spelling).keys()]);
            expect(new Set([first?.url, ...rest.map((letter) => letter.url)])).toEqual(holders);
          }
        }
      }
    }
  }, 300_000);

  it('leaves the letter carrying the symbol out when a filter leaves it out', async () => {
    const record = env.records.find((candidate) => candidate.symbols.length > 0) as LetterRecord;
    const later = Number(record.letterDate.slice(0, 4)) + 1;
    await open(record.symbols[0] ?? '', `&from=${later}`);
    expect((await listed()).map((letter) => letter.url)).not.toContain(record.url);
    await open(record.symbols[0] ?? '', `&to=${later - 1}`);
    expect((await listed())[0]).toMatchObject({ url: record.url, self: true });
  });

  it('is a substring too: part of a symbol finds its letter, not as the document itself', async () => {
    const record = env.records.find((candidate) => candidate.symbols.length > 0) as LetterRecord;
    const part = (record.symbols[0] ?? '').split('/').slice(1).join('/');
    await open(part);
    const found = await listed();
    expect(found.map((letter) => letter.url)).toContain(record.url);
    expect(found.every((letter) => !letter.self)).toBe(true);
  });
});

describe('metadata', () => {
  it('finds every letter by the words of its title, with a hit linking to the letter header', async () => {
    const query = '常驻联合国代表给秘书长的信';
    const titled = env.records.filter((record) => record.title.includes(query)).map((record) => record.url);
    expect(titled.length).toBe(env.records.length);
    await open(query);
    const found = await listed();
    expect(found.map((letter) => letter.url)).toEqual(lettersByDate(query));
    for (const url of titled) expect(found.find((letter) => letter.url === url)?.excerpts).toContain(`${url}#letter-head`);
    const wheres = await search.page().locator('a[data-hit][href$="#letter-head"] .search-hit-where').allTextContents();
    expect(wheres).toContain('标题');
  });

  it('finds a letter by its sender, addressee and signatory, each a unit of the header', async () => {
    const record = env.records[env.records.length - 1] as LetterRecord;
    const signatory = record.signatory?.name ?? '';
    await open(signatory);
    const found = await listed();
    expect(found.map((letter) => letter.url)).toEqual(lettersByDate(signatory));
    expect(await search.page().locator('a[data-hit][href$="#letter-head"] .search-hit-where', { hasText: '签名' }).count()).toBeGreaterThan(0);
    for (const query of [record.sender.text, `"${record.addressees[0]}"`]) {
      const whole = await searchAll(query);
      expect(whole.units).toContain(`${record.url}#letter-head`);
      expect(new Set(whole.letters)).toEqual(new Set(lettersByDate(query)));
    }
  });

  it('finds the letters filed under an agenda item by its title', async () => {
    const item = env.records.flatMap((record) => record.agendaItems).find((candidate) => candidate.title.startsWith('古阿姆集团'));
    expect(item).toBeDefined();
    const query = item?.title ?? '';
    const filed = env.records.filter((record) => record.agendaItems.some((candidate) => candidate.title === query)).map((record) => record.url);
    await open(query);
    const found = (await listed()).map((letter) => letter.url);
    for (const url of filed) expect(found).toContain(url);
    expect(found).toEqual(lettersByDate(query));
    expect(await search.page().locator('a[data-hit] .search-hit-where', { hasText: /^议程项目 \d+$/ }).count()).toBeGreaterThanOrEqual(filed.length);
  });

  it('finds an annex by its heading, linking to the heading', async () => {
    const record = env.records.find((candidate) => candidate.annexes.length > 0) as LetterRecord;
    const annex = record.annexes[0];
    await open(`"${annex?.heading}"`);
    const found = await listed();
    expect(found.find((letter) => letter.url === record.url)?.excerpts).toContain(`${record.url}#${annex?.id}-heading`);
    await search.page().click(`a[data-hit][href$="#${annex?.id}-heading"]`);
    await search.page().waitForSelector(`[id="${annex?.id}-heading"] mark.search-highlight`);
  });
});

describe('exclusion and phrases', () => {
  it('-词 leaves out the units containing it, and only those', async () => {
    const query = '阿塞拜疆 -亚美尼亚';
    const truth = truthOf(env.records, query);
    const all = truthOf(env.records, '阿塞拜疆');
    expect([...truth.values()].flat().length).toBeLessThan([...all.values()].flat().length);
    await open(query);
    const texts = await search.page().locator('#search-results a[data-hit] .search-hit-excerpt').allTextContents();
    for (const text of texts) expect(text).not.toContain('亚美尼亚');
    const found = await listed();
    expect(found.map((letter) => letter.url)).toEqual(lettersByDate(query));
    for (const letter of found) expect(letter.facts).toContain(`${truth.get(letter.url)?.length} 处匹配`);
    const whole = await searchAll(query);
    expect(new Set(whole.units)).toEqual(new Set([...truth.values()].flat()));
  });

  it('a quoted phrase is one term, spaces and all', async () => {
    const [phrase] = env.records.flatMap((record) => recordUnits(record)).flatMap(([, , , , text]) => text.match(/[A-Za-z]{3,} [A-Za-z]{3,}/g) ?? []);
    expect(phrase).toBeDefined();
    const truth = [...truthOf(env.records, `"${phrase}"`).values()].flat();
    const words = [...truthOf(env.records, phrase ?? '').values()].flat();
    expect(truth.length).toBeGreaterThan(0);
    await open(`"${phrase}"`);
    const whole = await searchAll(`"${phrase}"`);
    expect(new Set(whole.units)).toEqual(new Set(truth));
    for (const unit of truth) expect(words).toContain(unit);
    for (const mark of await search.page().locator('a[data-hit] mark').allTextContents()) expect(mark.toLowerCase()).toBe(phrase?.toLowerCase());
  });
});

describe('order, years and filters in the URL', () => {
  it('lists newest first by default and oldest first with sort=oldest, kept by reload and history', async () => {
    const query = '阿塞拜疆';
    const newest = lettersByDate(query);
    await open(query);
    expect((await listed()).map((letter) => letter.url)).toEqual(newest);
    await search.page().selectOption('#search-sort', 'oldest');
    await search.page().waitForURL(/sort=oldest/);
    await done();
    expect((await listed()).map((letter) => letter.url)).toEqual([...newest].reverse());
    await search.page().reload();
    await done();
    expect(await search.page().inputValue('#search-sort')).toBe('oldest');
    expect((await listed()).map((letter) => letter.url)).toEqual([...newest].reverse());
    await search.page().goBack();
    await done();
    expect(await search.page().inputValue('#search-sort')).toBe('newest');
    expect((await listed()).map((letter) => letter.url)).toEqual(newest);
  });

  it('from=YYYY&to=YYYY keeps the letters of those years, and the fields show the range', async () => {
    const query = '阿塞拜疆';
    const years = [...new Set(env.records.map((record) => record.letterDate.slice(0, 4)))].sort();
    const [from, to] = [years[0] ?? '', years[1] ?? ''];
    const inRange = (url: string) => {
      const year = env.records.find((record) => record.url === url)?.letterDate.slice(0, 4) ?? '';
      return year >= from && year <= to;
    };
    await open(query);
    await search.page().fill('#search-from', from);
    await search.page().fill('#search-to', to);
    await search.page().press('#search-to', 'Enter');
    await search.page().waitForURL(new RegExp(`from=${from}&to=${to}`));
    await done();
    const found = (await listed()).map((letter) => letter.url);
    expect(found).toEqual(lettersByDate(query).filter(inRange));
    expect(found.length).toBeLessThan(lettersByDate(query).length);
    await search.page().reload();
    await done();
    expect([await search.page().inputValue('#search-from'), await search.page().inputValue('#search-to')]).toEqual([from, to]);
    await open(query, `&from=${to}`);
    expect((await listed()).map((letter) => letter.url)).toEqual(lettersByDate(query).filter((url) => (env.records.find((record) => record.url === url)?.letterDate.slice(0, 4) ?? '') >= to));
  });

  it('sender=<code> keeps the letters of that sender, repeatable, offered by name with counts', async () => {
    const query = '联合国';
    const senders = env.records.map((record) => record.sender.code);
    const [code] = senders;
    expect(code).toMatch(/^[A-Z]{3}$/);
    const other = code === 'ARM' ? 'AZE' : 'ARM';
    const all = lettersByDate(query);
    const holders = all.filter((url) => senders[env.records.findIndex((record) => record.url === url)] === code);
    await open(query);
    await counted();
    const box = `#search-filters input[name=sender][value="${code}"]`;
    expect(await search.page().getAttribute(`${box} ~ [data-count]`, 'data-count')).toBe(String(holders.length));
    expect(await search.page().locator(`${box} + span`).textContent()).toBe(env.records[0]?.sender.state);
    await search.page().check(box);
    await search.page().waitForURL(new RegExp(`sender=${code}`));
    await done();
    expect((await listed()).map((letter) => letter.url)).toEqual(holders);
    await open(query, `&sender=${other}`);
    expect((await listed()).map((letter) => letter.url)).toEqual(all.filter((url) => senders[env.records.findIndex((record) => record.url === url)] === other));
    await open(query, `&sender=${other}&sender=${code}`);
    expect((await listed()).map((letter) => letter.url)).toEqual(all.filter((url) => [code, other].includes(senders[env.records.findIndex((record) => record.url === url)] ?? '')));
    await search.page().reload();
    await done();
    await counted();
    expect(await search.page().isChecked(box)).toBe(true);
  });

  it('kind= and addressee= narrow the list the same way', async () => {
    const query = '联合国';
    const [record] = env.records;
    await open(query, `&kind=${record?.kind}&addressee=${encodeURIComponent(record?.addressees[0] ?? '')}`);
    const expected = lettersByDate(query).filter((url) => {
      const letter = env.records.find((candidate) => candidate.url === url);
      return letter?.kind === record?.kind && letter?.addressees.includes(record?.addressees[0] ?? '');
    });
    expect((await listed()).map((letter) => letter.url)).toEqual(expected);
    await open(query, '&kind=note-verbale-none');
    expect(await listed()).toEqual([]);
    expect(await search.page().textContent('#search-status')).toBe(`在所选范围内没有找到“${query}”。`);
  });
});

describe('counts', () => {
  /** A term whose 4-grams all occur in one letter but never together: Pagefind's candidate, no hit. */
  function falseCandidate(): string {
    for (const record of env.records) {
      const text = recordUnits(record).map(([, , , , unit]) => unit).join('\n');
      const grams = [...new Set(text.match(/[\p{Script=Han}]{4}/gu) ?? [])];
      for (const a of grams.slice(0, 50)) for (const b of grams.slice(50, 100)) if (truthOf(env.records, a + b).size === 0) return a + b;
    }
    throw new Error('no false candidate in the seeds');
  }

  for (const [name, query] of [['absent', '量子计算机'], ['candidate without a hit', '']] as const) {
    it(`show no positive count for a query with no hits (${name})`, async () => {
      const text = query || falseCandidate();
      await open(text);
      await counted();
      expect(await search.page().locator('a[data-hit]').count()).toBe(0);
      expect(await search.page().textContent('#search-status')).toBe(`档案中没有找到“${text}”。`);
      const counts = await search.page().locator('#search-filters [data-count]').evaluateAll((spans) => spans.map((span) => Number(span.getAttribute('data-count'))));
      expect(counts.filter((count) => count > 0)).toEqual([]);
    });
  }

  it('are exact once the list is read through, upper bounds (≤) never below the truth while a filter narrows it', async () => {
    const query = '安全理事会';
    const truth = truthOf(env.records, query);
    await open(query);
    await counted();
    const exact = await search.page().locator('#search-filters [data-count]').evaluateAll((spans) => spans.map((span) => [span.getAttribute('data-exact'), span.textContent]));
    for (const [flag, text] of exact) {
      expect(flag).toBe('true');
      expect(text).not.toContain('≤');
    }
    const topicCounts = await search.page().locator('#search-filters input[name=topic]').evaluateAll((boxes) => boxes.map((box) => [(box as HTMLInputElement).value, Number(box.parentElement?.querySelector('[data-count]')?.getAttribute('data-count'))] as const));
    for (const [, count] of topicCounts) expect(count).toBeLessThanOrEqual(truth.size);
    await open(query, '&part=footnote');
    await counted();
    const bounds = await search.page().locator('#search-filters input[name=part]').evaluateAll((boxes) =>
      boxes.map((box) => {
        const span = box.parentElement?.querySelector('[data-count]');
        return [(box as HTMLInputElement).value, Number(span?.getAttribute('data-count')), span?.textContent ?? ''] as const;
      }),
    );
    for (const [part, count, text] of bounds) {
      if (count > 0) expect(text).toBe(`≤ ${count} 封`);
      const holding = [...truth.values()].filter((units) => units.some((url) => {
        const record = env.records.find((candidate) => url.startsWith(candidate.url));
        return record !== undefined && recordUnits(record).some(([id, unitPart]) => unitPart === part && url.endsWith(`#${id}`));
      })).length;
      expect(count).toBeGreaterThanOrEqual(holding);
    }
  });
});

describe('the page holds still and reads well', () => {
  for (const viewport of [{ width: 412, height: 823 }, { width: 1350, height: 940 }]) {
    it(`shifts its layout by at most 0.05 while hits and counts arrive (${viewport.width}px)`, async () => {
      const page = await search.context().newPage();
      await page.setViewportSize(viewport);
      await page.addInitScript(() => {
        (globalThis as unknown as { layoutShift: number }).layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) (globalThis as unknown as { layoutShift: number }).layoutShift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${env.site.baseUrl}/search/?q=${encodeURIComponent('安全理事会')}`);
      await page.waitForSelector('#search-filters[aria-busy="false"]', { state: 'attached' });
      await page.waitForTimeout(500);
      expect(await page.locator('a[data-hit]').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => (globalThis as unknown as { layoutShift: number }).layoutShift)).toBeLessThanOrEqual(0.05);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations with results, counts and the letter page's step controls (${colorScheme})`, async () => {
      await search.page().emulateMedia({ colorScheme });
      await open('安全理事会');
      await counted();
      const found = (await new AxeBuilder({ page: search.page() }).analyze()).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      await search.page().click('.search-letter-all');
      await search.page().waitForSelector('.search-steps');
      found.push(...(await new AxeBuilder({ page: search.page() }).analyze()).violations.map((violation) => `letter: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`));
      expect(found).toEqual([]);
    });
  }
});

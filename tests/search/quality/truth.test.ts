/**
 * The truth of the search-quality harness, computed letter by letter over the
 * five seed letters: each query's units are those whose text, normalised as the
 * search normalises it, holds every term and no excluded one; the letters are
 * those units' letters; and the queries' truths do not leak into each other.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestSeeds } from '../../../src/ingest/ingestSeeds.ts';
import type { LetterRecord } from '../../../src/records/schema.ts';
import { letterOf, truthMatcher, truthWithin, type Truth } from '../../../src/search/quality/truth.ts';
import { recordUnits } from '../../../src/search/recordUnits.ts';
import { simplifiedCharMap } from '../../../src/search/simplifiedCharMap.ts';

let records: LetterRecord[];
/** Every unit of the seeds, as deep link and text as printed (the header's fields share one link). */
let printed: [string, string][];

beforeAll(async () => {
  records = await ingestSeeds('seeds');
  printed = records.flatMap((record) => recordUnits(record).map(([id, , , , text]): [string, string] => [`${record.url}#${id}`, text]));
});

/** The truths of `expects` over the seeds, the letters added one at a time. */
function truthsOf(...expects: string[]): Truth[] {
  const matcher = truthMatcher(expects, simplifiedCharMap());
  for (const record of records) matcher.add(record);
  return matcher.truths;
}

/** The deep links of the units whose printed text `holds`, sorted. */
function unitsWhere(holds: (text: string) => boolean): string[] {
  return [...new Set(printed.filter(([, text]) => holds(text)).map(([url]) => url))].sort();
}

describe('truthMatcher', () => {
  it('keeps exactly the units holding a term, and their letters', () => {
    const [azerbaijan, armenia] = truthsOf('阿塞拜疆', '亚美尼亚') as [Truth, Truth];
    for (const [truth, term] of [[azerbaijan, '阿塞拜疆'], [armenia, '亚美尼亚']] as const) {
      const holding = unitsWhere((text) => text.includes(term));
      expect(holding.length).toBeGreaterThan(10);
      expect([...truth.units].sort()).toEqual(holding);
      expect([...truth.letters].sort()).toEqual([...new Set(holding.map(letterOf))].sort());
    }
    // Two queries over the same letters keep apart: neither took the other's units.
    expect(azerbaijan.units).not.toEqual(armenia.units);
  });

  it('holds units to every term of a query and to none of its excluded terms', () => {
    const [both, excluding] = truthsOf('亚美尼亚 阿塞拜疆', '亚美尼亚 -阿塞拜疆') as [Truth, Truth];
    const withBoth = unitsWhere((text) => text.includes('亚美尼亚') && text.includes('阿塞拜疆'));
    const withoutOne = unitsWhere((text) => text.includes('亚美尼亚') && !text.includes('阿塞拜疆'));
    expect([withBoth.length, withoutOne.length].every((count) => count > 0)).toBe(true);
    expect([...both.units].sort()).toEqual(withBoth);
    expect([...excluding.units].sort()).toEqual(withoutOne);
  });

  it('matches the units as the search normalises them: full width, traditional characters, the dashes of symbols', () => {
    // One seed prints `822（1993）` in full width, another `822(1993)`: either spelling finds both.
    const [ascii, wide] = truthsOf('822(1993)', '822（1993）') as [Truth, Truth];
    expect([...ascii.units].sort()).toEqual(unitsWhere((text) => text.normalize('NFKC').includes('822(1993)')));
    expect(unitsWhere((text) => text.includes('822（1993）')).length).toBeGreaterThan(0);
    expect(unitsWhere((text) => text.includes('822(1993)')).length).toBeGreaterThan(0);
    expect(wide).toEqual(ascii);
    const [simplified, traditional] = truthsOf('安全理事会', '安全理事會') as [Truth, Truth];
    expect(simplified.units.size).toBeGreaterThan(0);
    expect(traditional).toEqual(simplified);
    // A joint symbol is printed with a dash; the query's hyphen finds it in the header.
    const joint = records.find((record) => record.symbols.length > 1) as LetterRecord;
    const [head] = truthsOf(joint.symbols.join('-')) as [Truth];
    expect(head.units).toContain(`${joint.url}#letter-head`);
  });

  it('finds nothing for a word the seeds lack or a query with no term', () => {
    for (const truth of truthsOf('Zyxwvutsrq', '', '-阿塞拜疆')) expect([truth.units.size, truth.letters.size]).toEqual([0, 0]);
  });
});

describe('truthWithin', () => {
  it('keeps the units and letters of the letters accepted', () => {
    const [truth] = truthsOf('阿塞拜疆') as [Truth];
    const kept = records[0]?.url as string;
    const within = truthWithin(truth, (letter) => letter === kept);
    expect([...within.letters]).toEqual([kept]);
    expect([...within.units]).toEqual([...truth.units].filter((url) => url.startsWith(kept)));
    expect(within.units.size).toBeGreaterThan(0);
  });
});

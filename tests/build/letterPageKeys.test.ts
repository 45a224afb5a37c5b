/**
 * A letter page's key changes with what its page shows and with nothing else:
 * its record, the page a citation resolves to, the site's address.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingestSeeds } from '../../src/ingest/ingestSeeds.ts';
import { letterPageKeys, pageInputs, siteCodeVersion } from '../../src/build/letterPageKeys.ts';
import { summariseLetter } from '../../src/records/letterSummary.ts';
import type { LetterRecord } from '../../src/records/schema.ts';

let records: LetterRecord[];
const keysOf = (letters: LetterRecord[], code = 'code') => letterPageKeys(letters.map(summariseLetter), new Map(letters.map((record) => [record.url, pageInputs(record)])), code);

beforeAll(async () => {
  records = await ingestSeeds('seeds');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('letterPageKeys', () => {
  it('changes the key of an edited letter only', () => {
    const before = keysOf(records);
    const [first, ...rest] = records as [LetterRecord, ...LetterRecord[]];
    const after = keysOf([{ ...first, title: `${first.title}（更正）` }, ...rest]);
    expect(records.filter((record) => before.get(record.url) !== after.get(record.url)).map(({ url }) => url)).toEqual([first.url]);
  });

  it('changes the key of a letter whose citation comes to resolve to an archived letter', () => {
    const cited = records.find((record) => record.symbols.length > 0) as LetterRecord;
    const citing = records.find((record) => record !== cited && record.citations.length > 0) as LetterRecord;
    const withCitation = { ...citing, citations: [...citing.citations, { symbol: cited.symbols[0] as string, url: `https://undocs.org/zh/${cited.symbols[0]}` }] };
    const others = records.filter((record) => record !== citing && record !== cited);
    const without = keysOf([withCitation, ...others]);
    const withIt = keysOf([withCitation, cited, ...others]);
    expect(withIt.get(citing.url)).not.toBe(without.get(citing.url));
    for (const record of others) expect(withIt.get(record.url)).toBe(without.get(record.url));
  });

  it('changes every key with the code, and with the site address pages print', () => {
    expect(keysOf(records, 'other').get(records[0]?.url ?? '')).not.toBe(keysOf(records).get(records[0]?.url ?? ''));
    const code = siteCodeVersion();
    vi.stubEnv('SITE_URL', 'https://example.org');
    expect(siteCodeVersion()).not.toBe(code);
  });
});

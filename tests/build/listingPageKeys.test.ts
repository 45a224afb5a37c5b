/**
 * A listing page's key changes with what its page shows and with nothing else: a
 * letter added changes the pages of the listings that hold it (each shows its
 * listing's total), and leaves every other listing's pages alone.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listingPageKeys } from '../../src/build/listingPageKeys.ts';
import { ingestSeeds } from '../../src/ingest/ingestSeeds.ts';
import { agendaTopics, topicsOfLetter } from '../../src/records/agendaTopics.ts';
import { senderSlug } from '../../src/records/archiveSenders.ts';
import { summariseLetter, type LetterSummary } from '../../src/records/letterSummary.ts';
import { generateCorpus } from '../../src/synth/generateCorpus.ts';
import { writeCorpus } from '../../src/synth/writeCorpus.ts';

let dir: string;
let letters: LetterSummary[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'listing-keys-'));
  // Enough letters for listings of several pages (a hundred letters a page).
  await writeCorpus(generateCorpus({ letters: 260, seed: 13, seedsDir: resolve(import.meta.dirname, '../../seeds') }), join(dir, 'seeds'));
  letters = (await ingestSeeds(join(dir, 'seeds'), { keepGoing: true })).records.map(summariseLetter);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The first page of the listing a page belongs to (`/years/2007/page/2/` → `/years/2007/`). */
const listingOf = (url: string) => url.replace(/page\/\d+\/$/, '');

describe('listingPageKeys', () => {
  it('changes the keys of the pages of the listings an added letter joins, and of no other', () => {
    expect(letters.length).toBeGreaterThan(200);
    const topics = agendaTopics(letters);
    const topicNames = (list: LetterSummary[]) => agendaTopics(list).map(({ id, title }) => `${id} ${title}`);
    // A letter from the middle of the archive that joins topics' listings but renames none of its topics
    // (a letter can: a topic's id is its earliest session and item, which every letter filed under it links to).
    const added = letters.slice(letters.length / 2).find((letter) => letter.agendaItems.length > 0 && topicNames(letters.filter((other) => other !== letter)).join() === topicNames(letters).join()) as LetterSummary;
    const before = listingPageKeys(letters.filter((letter) => letter !== added), 'code');
    const after = listingPageKeys(letters, 'code');
    const joined = new Set([
      '/',
      `/years/${added.letterDate.slice(0, 4)}/`,
      `/senders/${senderSlug(added.sender)}/`,
      `/sessions/${added.session.generalAssembly ?? 'none'}/`,
      ...topicsOfLetter(added, topics).map(({ topic }) => `/topics/${topic.id}/`),
    ]);
    expect([...after.keys()].filter((url) => url.includes('/page/')).length).toBeGreaterThan(0);
    const changed = [...after].filter(([url, key]) => before.get(url) !== key).map(([url]) => url);
    expect(new Set(changed.map(listingOf))).toEqual(joined);
    // Every page of a joined listing changes (each shows the listing's total); the others keep their keys.
    for (const [url] of after) expect(changed.includes(url)).toBe(joined.has(listingOf(url)));
  });

  it('changes every key with the code that renders the pages', () => {
    const keys = listingPageKeys(letters, 'code');
    const other = listingPageKeys(letters, 'other code');
    for (const [url, key] of keys) expect(other.get(url)).not.toBe(key);
  });
});

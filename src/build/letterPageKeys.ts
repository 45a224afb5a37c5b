/**
 * What each letter's page is made of, as a hash: its record, the agenda topics
 * its items are filed under, the archived letters its citations resolve to, and
 * the code and packages that render it. A rebuild copies the page of a letter
 * whose key is unchanged from the last build instead of rendering it again.
 * The record's part is taken as the record passes through ingest (pageInputs),
 * so that the build need not hold records to compute keys from summaries after.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { agendaTopics, topicsOfLetter } from '../records/agendaTopics.ts';
import type { LetterSummary } from '../records/letterSummary.ts';
import type { LetterRecord } from '../records/schema.ts';
import { hashRecord } from '../records/hashRecord.ts';
import { citedLetterUrls } from '../components/utils/citedLetterUrl.ts';
import { fingerprintFiles } from './fingerprintFiles.ts';
import { pageKey } from './pageReuse.ts';

/** What a letter's page takes from its own record: a hash of the record, and every symbol it cites or links. */
export interface PageInputs {
  record: string;
  cited: string[];
}

/** The page inputs of `record`. */
export function pageInputs(record: LetterRecord): PageInputs {
  const linked = [...record.body, ...record.annexes.flatMap(({ blocks }) => blocks), ...record.footnotes].flatMap(({ links = [] }) => links.flatMap(({ symbol }) => (symbol === undefined ? [] : [symbol])));
  return {
    record: hashRecord(record),
    cited: [...record.citations.map(({ symbol }) => symbol), ...linked],
  };
}

/** Each letter's page key, by page URL, from the letters' summaries and their page inputs by URL. */
export function letterPageKeys(
  letters: readonly LetterSummary[],
  inputs: ReadonlyMap<string, PageInputs>,
  code = siteCodeVersion(),
  topics = agendaTopics(letters),
): Map<string, string> {
  const citedLetterUrl = citedLetterUrls(letters);
  return new Map(
    letters.map((letter) => {
      const own = inputs.get(letter.url);
      if (own === undefined) throw new Error(`page key: no page inputs for ${letter.url}`);
      const filed = topicsOfLetter(letter, topics).map(({ number, topic }) => [number, topic.id]);
      const cited = own.cited.map((symbol) => citedLetterUrl(symbol) ?? null);
      return [letter.url, pageKey([code, own.record, filed, cited])];
    }),
  );
}

/** A fingerprint of everything that renders pages: the code under src/, Astro's configuration, the locked packages and the site's address. */
export function siteCodeVersion(): string {
  const root = resolve(import.meta.dirname, '../..');
  const sources = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  // Pages print their absolute address, which SITE_URL sets (astro.config.mjs).
  return `${fingerprintFiles([...sources, join(root, 'astro.config.mjs'), join(root, 'package-lock.json')])}:${process.env.SITE_URL ?? ''}`;
}

/**
 * What each letter's page is made of, as a hash: its record, the agenda topics
 * its items are filed under, the archived letters its citations resolve to, and
 * the code and packages that render it. A rebuild copies the page of a letter
 * whose key is unchanged from the last build instead of rendering it again.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { agendaTopics, topicsOfLetter } from '../records/agendaTopics.ts';
import type { LetterRecord } from '../records/schema.ts';
import { citedLetterUrls } from '../components/utils/citedLetterUrl.ts';
import { fingerprintFiles } from './fingerprintFiles.ts';

/** Each letter's page key, by page URL. */
export function letterPageKeys(records: readonly LetterRecord[], code = siteCodeVersion()): Map<string, string> {
  const topics = agendaTopics(records);
  const citedLetterUrl = citedLetterUrls(records);
  return new Map(
    records.map((record) => {
      const filed = topicsOfLetter(record, topics).map(({ number, topic }) => [number, topic.id]);
      const linked = [...record.body, ...record.annexes.flatMap(({ blocks }) => blocks), ...record.footnotes].flatMap(({ links = [] }) => links.map(({ symbol }) => symbol));
      const cited = [...record.citations.map(({ symbol }) => symbol), ...linked].map((symbol) => (symbol === undefined ? null : (citedLetterUrl(symbol) ?? null)));
      return [record.url, createHash('sha256').update(JSON.stringify([code, record, filed, cited])).digest('hex').slice(0, 32)];
    }),
  );
}

/** A fingerprint of everything that renders pages: the code under src/, Astro's configuration and the locked packages. */
export function siteCodeVersion(): string {
  const root = resolve(import.meta.dirname, '../..');
  const sources = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return fingerprintFiles([...sources, join(root, 'astro.config.mjs'), join(root, 'package-lock.json')]);
}

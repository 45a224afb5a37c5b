/**
 * What every page derives from the letters, computed once per build rather than
 * once per page: the letters' summaries, their agenda topics and senders, and the
 * symbol lookup; and a letter's whole record, read from the record store when
 * its page renders. The build names the store in ARCHIVE_STORE; `.build/records`
 * is the default so that `astro dev` works after one `npm run ingest -- --out .build/records`.
 */
import { resolve } from 'node:path';
import { agendaTopics, type AgendaTopic } from '../../records/agendaTopics.ts';
import type { LetterSummary } from '../../records/letterSummary.ts';
import { readRecord, readSummaries } from '../../records/recordStore.ts';
import type { LetterRecord } from '../../records/schema.ts';
import { citedLetterUrls } from './citedLetterUrl.ts';
import { archiveSenders, senderSlug, type ArchiveSender } from '../../records/archiveSenders.ts';

export interface SiteData {
  /** All letters' summaries, by date then id. */
  letters: LetterSummary[];
  topics: AgendaTopic<LetterSummary>[];
  /** Every sender, in pinyin order of their names. */
  senders: ArchiveSender<LetterSummary>[];
  /** The sender a letter is filed under. */
  senderOf: (letter: Pick<LetterSummary, 'sender'>) => ArchiveSender<LetterSummary>;
  /** The archived letter's page for a cited symbol, if the archive holds it. */
  citedLetterUrl: (symbol: string) => string | undefined;
  /** The whole record of letter `id`, read from the store. */
  letterRecord: (id: string) => LetterRecord;
}

let cached: { store: string; data: SiteData } | undefined;

export function siteData(): SiteData {
  const store = resolve(process.env.ARCHIVE_STORE ?? '.build/records');
  if (cached?.store !== store) {
    const letters = readSummaries(store);
    const senders = archiveSenders(letters);
    const bySlug = new Map(senders.map((sender) => [sender.slug, sender]));
    const senderOf = (letter: Pick<LetterSummary, 'sender'>) => bySlug.get(senderSlug(letter.sender)) as ArchiveSender<LetterSummary>;
    const letterRecord = (id: string) => readRecord(store, id);
    cached = { store, data: { letters, topics: agendaTopics(letters), senders, senderOf, citedLetterUrl: citedLetterUrls(letters), letterRecord } };
  }
  return cached.data;
}

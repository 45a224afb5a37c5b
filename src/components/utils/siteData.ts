/**
 * What every page derives from the records, computed once per build rather than
 * once per page: the letters, their agenda topics and senders, and the symbol lookup.
 */
import { loadArchive } from '../../records/loadArchive.ts';
import { agendaTopics, type AgendaTopic } from '../../records/agendaTopics.ts';
import type { LetterRecord } from '../../records/schema.ts';
import { citedLetterUrls } from './citedLetterUrl.ts';
import { archiveSenders, senderSlug, type ArchiveSender } from '../../records/archiveSenders.ts';

export interface SiteData {
  /** All letters, by date then id. */
  letters: LetterRecord[];
  topics: AgendaTopic[];
  /** Every sender, in pinyin order of their names. */
  senders: ArchiveSender[];
  /** The sender a letter is filed under. */
  senderOf: (letter: LetterRecord) => ArchiveSender;
  /** The archived letter's page for a cited symbol, if the archive holds it. */
  citedLetterUrl: (symbol: string) => string | undefined;
}

let cached: { letters: LetterRecord[]; data: SiteData } | undefined;

export function siteData(): SiteData {
  const letters = loadArchive();
  if (cached?.letters !== letters) {
    const senders = archiveSenders(letters);
    const bySlug = new Map(senders.map((sender) => [sender.slug, sender]));
    const senderOf = (letter: LetterRecord) => bySlug.get(senderSlug(letter.sender)) as ArchiveSender;
    cached = { letters, data: { letters, topics: agendaTopics(letters), senders, senderOf, citedLetterUrl: citedLetterUrls(letters) } };
  }
  return cached.data;
}

/**
 * What every page derives from the records, computed once per build rather than
 * once per page: the letters, their agenda topics and the symbol lookup.
 */
import { loadArchive } from '../../records/loadArchive.ts';
import { agendaTopics, type AgendaTopic } from '../../records/agendaTopics.ts';
import type { LetterRecord } from '../../records/schema.ts';
import { citedLetterUrls } from './citedLetterUrl.ts';

export interface SiteData {
  /** All letters, by date then id. */
  letters: LetterRecord[];
  topics: AgendaTopic[];
  /** The archived letter's page for a cited symbol, if the archive holds it. */
  citedLetterUrl: (symbol: string) => string | undefined;
}

let cached: { letters: LetterRecord[]; data: SiteData } | undefined;

export function siteData(): SiteData {
  const letters = loadArchive();
  if (cached?.letters !== letters) {
    cached = { letters, data: { letters, topics: agendaTopics(letters), citedLetterUrl: citedLetterUrls(letters) } };
  }
  return cached.data;
}

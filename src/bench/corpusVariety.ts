/**
 * How varied a corpus is, counted from its records: distinct senders (as the
 * site's sender pages count them: a state, or a UN official) and agenda topics.
 * A corpus of a few senders and topics makes a smaller index than the real
 * archive's ~190 senders.
 */
import { agendaTopics } from '../records/agendaTopics.ts';
import { senderSlug } from '../records/archiveSenders.ts';
import type { LetterRecord } from '../records/schema.ts';

export interface CorpusVariety {
  senders: number;
  topics: number;
}

/** The senders and topics of `records`. */
export function corpusVariety(records: readonly Pick<LetterRecord, 'sender' | 'session' | 'agendaItems'>[]): CorpusVariety {
  const senders = new Set(records.map((record) => senderSlug(record.sender)));
  return { senders: senders.size, topics: agendaTopics(records).length };
}

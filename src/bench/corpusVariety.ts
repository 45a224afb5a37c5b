/**
 * How varied a corpus is, counted from its records: distinct senders (as
 * printed, where the records name one) and agenda topics. A corpus of a few
 * senders and topics makes a smaller index than the real archive's ~190 senders.
 */
import { agendaTopics } from '../records/agendaTopics.ts';
import type { LetterRecord } from '../records/schema.ts';

export interface CorpusVariety {
  /** Distinct senders; 0 while the records name none. */
  senders: number;
  topics: number;
}

/** The senders and topics of `records`. */
export function corpusVariety(records: readonly LetterRecord[]): CorpusVariety {
  // Records name their sender once the genre fields are in the schema; until then none is counted.
  const senders = new Set(records.flatMap((record) => {
    const { sender } = record as { sender?: { text?: string } };
    return sender?.text === undefined ? [] : [sender.text];
  }));
  return { senders: senders.size, topics: agendaTopics(records).length };
}

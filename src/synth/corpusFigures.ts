/**
 * What a synthetic corpus holds, as the synth command states it: how many states
 * write in it and how many agenda topics its letters are filed under, counted
 * the way the archive groups agenda items (a topic keeps its identity across
 * sessions and the drift of its wording).
 */
import { AGENDA_TOPICS } from './agendaTopics.ts';
import type { SynthLetter } from './letterModel.ts';

/** Each title any topic is printed under → that topic. */
const topicOfTitle = new Map(AGENDA_TOPICS.flatMap((topic, index) => [[topic.early, index], [topic.late, index]] as const));

export interface CorpusFigures {
  /** Distinct states among the senders. */
  senders: number;
  /** Distinct agenda topics among the letters' agenda items. */
  topics: number;
}

export function corpusFigures(letters: readonly SynthLetter[]): CorpusFigures {
  const states = new Set(letters.flatMap((letter) => (letter.sender.state === null ? [] : [letter.sender.state])));
  // An item off the regular agendas (the emergency special session's) is a topic of its own.
  const topics = new Set(letters.flatMap((letter) => letter.agendaItems.map((item) => topicOfTitle.get(item.title) ?? item.title)));
  return { senders: states.size, topics: topics.size };
}

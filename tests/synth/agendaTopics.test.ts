/**
 * The generator's agenda topics are topics to the archive too: no two are alike
 * enough for src/records/agendaTopics.ts to take them for one, and the drifting
 * wording of one topic across sessions stays one topic.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agendaTopics } from '../../src/records/agendaTopics.ts';
import { AGENDA_TOPICS, sessionAgenda, topicTitle } from '../../src/synth/agendaTopics.ts';
import { composeCorpus } from '../../src/synth/generateCorpus.ts';
import { agendaOnly } from './agendaOnly.ts';


describe('synthetic agenda topics', () => {
  it('are each a topic of their own to the archive, under their early and late wording alike', () => {
    const letters = AGENDA_TOPICS.flatMap((topic, index) => [
      { session: { generalAssembly: 55, securityCouncilYear: null }, agendaItems: [{ number: index + 1, title: topicTitle(topic, 55) }] },
      { session: { generalAssembly: 80, securityCouncilYear: null }, agendaItems: [{ number: index + 1, title: topicTitle(topic, 80) }] },
    ]);
    const topics = agendaTopics(agendaOnly(letters));
    expect(topics).toHaveLength(AGENDA_TOPICS.length);
    for (const topic of topics) expect(new Set(topic.items.map((item) => item.session))).toEqual(new Set([55, 80]));
  });

  it('number each session’s agenda 1, 2, … with the seeds’ topics on every agenda', () => {
    for (const session of [54, 61, 75, 81]) {
      const agenda = sessionAgenda(session);
      expect(agenda.map((entry) => entry.number)).toEqual(agenda.map((_, index) => index + 1));
      expect(agenda.slice(0, 10).map((entry) => entry.topicIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(agenda.length).toBeGreaterThan(150);
    }
    expect(sessionAgenda(61)).not.toEqual(sessionAgenda(62));
  });

  it('are named by letters as unevenly as in the archive: a few topics in pages of letters, most in a few', () => {
    const letters = composeCorpus({ letters: 400, seed: 1, seedsDir: resolve(import.meta.dirname, '../../seeds') }).map((entry) => entry.letter);
    const sizes = agendaTopics(agendaOnly(letters)).map((topic) => topic.letters.length).sort((a, b) => b - a);
    // More than a listing page (100 letters) for the most named; a handful for the median.
    expect(sizes[0]).toBeGreaterThan(100);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThan(5);
  });
});

/**
 * The figures `npm run synth` states: at 10,000 letters, at least 150 senders
 * under their UN names and 300 agenda topics, counted as the archive counts them.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agendaTopics } from '../../src/records/agendaTopics.ts';
import { unStateNamed } from '../../src/records/unStates.ts';
import { corpusFigures } from '../../src/synth/corpusFigures.ts';
import { composeCorpus } from '../../src/synth/generateCorpus.ts';
import { agendaOnly } from './agendaOnly.ts';

describe('corpusFigures at 10,000 letters', () => {
  const letters = composeCorpus({ letters: 10_000, seed: 1, seedsDir: resolve(import.meta.dirname, '../../seeds') }).map((entry) => entry.letter);
  const figures = corpusFigures(letters);

  it('counts at least 150 senders, each a state under its UN short name and code', () => {
    expect(figures.senders).toBeGreaterThanOrEqual(150);
    const states = new Set(letters.flatMap(({ sender }) => (sender.state === null ? [] : [sender.state])));
    expect(states.size).toBe(figures.senders);
    for (const { sender } of letters) {
      if (sender.state !== null) expect(unStateNamed(sender.state)?.code, sender.text).toBe(sender.code);
    }
  });

  it('counts at least 300 agenda topics, as many as the archive groups the letters’ items into', () => {
    expect(figures.topics).toBeGreaterThanOrEqual(300);
    expect(agendaTopics(agendaOnly(letters))).toHaveLength(figures.topics);
  }, 120_000);

  it('draws letters written in each of the six languages a cover block names', () => {
    expect(new Set(letters.map((letter) => letter.originalLanguage))).toEqual(new Set([null, 'en', 'fr', 'ru', 'ar', 'es', 'zh']));
  });
});

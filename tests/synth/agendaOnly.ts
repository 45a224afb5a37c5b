import type { LetterRecord } from '../../src/records/schema.ts';
import type { SynthLetter } from '../../src/synth/letterModel.ts';

/** Letters as records of the two fields the archive groups agenda topics by (src/records/agendaTopics.ts reads no other). */
export function agendaOnly(letters: readonly Pick<SynthLetter, 'session' | 'agendaItems'>[]): LetterRecord[] {
  return letters.map((letter) => ({ session: letter.session, agendaItems: letter.agendaItems }) as unknown as LetterRecord);
}

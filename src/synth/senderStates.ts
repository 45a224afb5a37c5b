/**
 * The states that write letters in a synthetic corpus, under their UN Chinese
 * names (short and formal) and ISO 3166-1 alpha-3 codes from the archive's own
 * table, with how often each writes: a few states write much of the real
 * archive, every member and observer some of it.
 */
import { unStates, type UnState } from '../records/unStates.ts';

export type StateName = UnState;

/** Codes of the states that write most often (each weighs as much as ten others). */
const FREQUENT = new Set(['AZE', 'ARM', 'UKR', 'RUS', 'ISR', 'PSE', 'SYR', 'IRN', 'PRK', 'KOR', 'VEN', 'CUB', 'QAT', 'SAU', 'PAK', 'IND', 'GEO', 'SRB', 'CYP', 'ERI', 'ETH', 'SDN', 'MAR', 'DZA']);

/** The writing states, each with its weight. */
export const senderStates: readonly { value: StateName; weight: number }[] = unStates.map((state) => ({
  value: state,
  weight: FREQUENT.has(state.code) ? 10 : 1,
}));

/**
 * The language a state most likely wrote its letter in, as the cover block's
 * `Original:` line states it: Arabic, Spanish, French or Russian for the states
 * that write in them, Chinese for China, English for the rest and now and then
 * for any state.
 */
import type { Random } from './createRandom.ts';
import type { OriginalLanguage } from './letterModel.ts';

const WRITERS: readonly [OriginalLanguage, string][] = [
  ['ar', 'DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM'],
  ['es', 'ARG BOL CHL COL CRI CUB DOM ECU SLV GNQ GTM HND MEX NIC PAN PRY PER ESP URY VEN'],
  ['fr', 'BEN BFA BDI CMR CAF TCD COG CIV COD GAB GIN HTI MDG MLI MCO NER SEN TGO FRA BEL LUX VAT'],
  ['ru', 'RUS BLR KAZ KGZ TJK UZB TKM ARM AZE'],
  ['zh', 'CHN'],
];

/** The original language of a letter from the state `code` (null: the Secretary-General, who writes in English). */
export function originalLanguage(code: string | null, random: Random): OriginalLanguage {
  const own = WRITERS.find(([, codes]) => code !== null && codes.split(' ').includes(code))?.[0];
  return own !== undefined && !random.chance(0.2) ? own : 'en';
}

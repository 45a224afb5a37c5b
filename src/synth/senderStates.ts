/**
 * The states that write letters in a synthetic corpus, under their UN Chinese
 * names (short and formal) and ISO 3166-1 alpha-3 codes, with how often each
 * writes: a few states write much of the real archive, every member some of it.
 */

export interface StateName {
  code: string;
  short: string;
  formal: string;
}

/** Until the ingest's table of UN state names lands (src/records/unStates.ts), the states the issue names. */
const STATES: readonly StateName[] = [
  { code: 'AZE', short: '阿塞拜疆', formal: '阿塞拜疆共和国' },
  { code: 'SYR', short: '阿拉伯叙利亚共和国', formal: '阿拉伯叙利亚共和国' },
  { code: 'GBR', short: '大不列颠及北爱尔兰联合王国', formal: '大不列颠及北爱尔兰联合王国' },
  { code: 'PRK', short: '朝鲜民主主义人民共和国', formal: '朝鲜民主主义人民共和国' },
  { code: 'VEN', short: '委内瑞拉玻利瓦尔共和国', formal: '委内瑞拉玻利瓦尔共和国' },
  { code: 'IRN', short: '伊朗伊斯兰共和国', formal: '伊朗伊斯兰共和国' },
  { code: 'PSE', short: '巴勒斯坦国', formal: '巴勒斯坦国' },
  { code: 'VAT', short: '罗马教廷', formal: '罗马教廷' },
];

/** Codes of the states that write most often (each weighs as much as ten others). */
const FREQUENT = new Set(['AZE', 'ARM', 'UKR', 'RUS', 'ISR', 'PSE', 'SYR', 'IRN', 'PRK', 'KOR', 'VEN', 'CUB', 'QAT', 'SAU', 'PAK', 'IND', 'GEO', 'SRB', 'CYP', 'ERI', 'ETH', 'SDN', 'MAR', 'DZA']);

/** The writing states, each with its weight. */
export const senderStates: readonly { value: StateName; weight: number }[] = STATES.map((state) => ({
  value: state,
  weight: FREQUENT.has(state.code) ? 10 : 1,
}));

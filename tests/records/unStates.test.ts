import countries from 'i18n-iso-countries';
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { unStateAtStart, unStateNamed, unStates } from '../../src/records/unStates.ts';

countries.registerLocale(zh);

/**
 * Where the UN's Chinese short name is not i18n-iso-countries' common one: the UN
 * prints the full name (`阿拉伯叙利亚共和国`) where common usage shortens it (`叙利亚`).
 */
const knownDifferences: Record<string, { un: string; common: string }> = {
  ARE: { un: '阿拉伯联合酋长国', common: '阿联酋' },
  BIH: { un: '波斯尼亚和黑塞哥维那', common: '波黑' },
  BOL: { un: '玻利维亚多民族国', common: '玻利维亚' },
  BRN: { un: '文莱达鲁萨兰国', common: '文莱' },
  CAF: { un: '中非共和国', common: '中非' },
  COD: { un: '刚果民主共和国', common: '刚果（金）' },
  COG: { un: '刚果', common: '刚果（布）' },
  DOM: { un: '多米尼加共和国', common: '多米尼加' },
  GBR: { un: '大不列颠及北爱尔兰联合王国', common: '英国' },
  IDN: { un: '印度尼西亚', common: '印尼' },
  IRN: { un: '伊朗伊斯兰共和国', common: '伊朗' },
  KOR: { un: '大韩民国', common: '韩国' },
  LAO: { un: '老挝人民民主共和国', common: '老挝' },
  MDA: { un: '摩尔多瓦共和国', common: '摩尔多瓦' },
  PRK: { un: '朝鲜民主主义人民共和国', common: '朝鲜' },
  PSE: { un: '巴勒斯坦国', common: '巴勒斯坦' },
  RUS: { un: '俄罗斯联邦', common: '俄罗斯' },
  SYR: { un: '阿拉伯叙利亚共和国', common: '叙利亚' },
  TZA: { un: '坦桑尼亚联合共和国', common: '坦桑尼亚' },
  USA: { un: '美利坚合众国', common: '美国' },
  VAT: { un: '罗马教廷', common: '梵蒂冈' },
  VEN: { un: '委内瑞拉玻利瓦尔共和国', common: '委内瑞拉' },
};

describe('the UN state-name table', () => {
  it('holds the 193 members and the two observer states, each code and name once', () => {
    expect(unStates).toHaveLength(195);
    expect(new Set(unStates.map((state) => state.code)).size).toBe(195);
    expect(new Set(unStates.map((state) => state.short)).size).toBe(195);
    expect(unStates.filter((state) => state.code === 'PSE' || state.code === 'VAT').map((state) => state.short)).toEqual(['巴勒斯坦国', '罗马教廷']);
  });

  it('uses only ISO 3166-1 alpha-3 codes that i18n-iso-countries knows', () => {
    const unknown = unStates.filter((state) => !countries.isValid(state.code));
    expect(unknown).toEqual([]);
  });

  it('agrees with i18n-iso-countries’ Chinese names but for the known UN differences', () => {
    const disagreements = Object.fromEntries(
      unStates
        .map((state) => ({ code: state.code, un: state.short, common: countries.getName(state.code, 'zh') }))
        .filter(({ un, common }) => un !== common)
        .map(({ code, un, common }) => [code, { un, common }]),
    );
    expect(disagreements).toEqual(knownDifferences);
  });

  it('gives each state a formal name of its own that grows its short name, but for the known exceptions', () => {
    expect(new Set(unStates.map((state) => state.formal)).size).toBe(195);
    // Formal names that are no extension of the short one: `中华人民共和国` for `中国`…
    const notGrown = unStates.filter((state) => !state.formal.includes(state.short)).map((state) => `${state.short}/${state.formal}`);
    expect(notGrown).toEqual(['孟加拉国/孟加拉人民共和国', '中国/中华人民共和国', '法国/法兰西共和国', '德国/德意志联邦共和国', '吉尔吉斯斯坦/吉尔吉斯共和国', '泰国/泰王国']);
    for (const state of unStates) expect(unStateNamed(state.formal)).toBe(state);
  });

  it('finds a state by its short or formal name', () => {
    expect(unStateNamed('阿塞拜疆')?.code).toBe('AZE');
    expect(unStateNamed('阿塞拜疆共和国')?.code).toBe('AZE');
    expect(unStateNamed('阿拉伯叙利亚共和国')?.code).toBe('SYR');
    expect(unStateNamed('叙利亚')).toBeUndefined();
  });

  it('finds the longest state name opening a text', () => {
    expect(unStateAtStart('刚果民主共和国常驻联合国代表')?.state.code).toBe('COD');
    expect(unStateAtStart('刚果常驻联合国代表')?.state.code).toBe('COG');
    expect(unStateAtStart('印度尼西亚常驻联合国代表')?.state.code).toBe('IDN');
    expect(unStateAtStart('几内亚比绍共和国总统')).toMatchObject({ name: '几内亚比绍共和国', state: { code: 'GNB' } });
    expect(unStateAtStart('南苏丹常驻联合国代表')?.state.code).toBe('SSD');
    expect(unStateAtStart('秘书长')).toBeUndefined();
  });
});

/**
 * Who signs a letter and the title lines above the name: the same envoy signs
 * for a state through a span of years, as in the archive; a representative's
 * letter prints two title lines (`常驻代表` / `大使`), one or none.
 */
import type { Random } from './createRandom.ts';
import { OBSERVERS, type Correspondence } from './drawCorrespondence.ts';

const GIVEN_NAMES = [
  '阿格申', '亚沙尔', '托菲格', '谢尔盖', '瓦西里', '穆罕默德', '艾哈迈德', '玛丽亚', '安娜', '若泽', '胡安', '卡洛斯',
  '让-皮埃尔', '阿卜杜拉', '哈立德', '塞缪尔', '约翰', '詹姆斯', '伊丽莎白', '索菲娅', '法蒂玛', '阿米娜', '奥马尔',
  '优素福', '伊万', '尼古拉', '路易斯', '费尔南多', '米格尔', '拉吉夫', '克瓦梅', '恩戈齐', '马蒂亚斯', '克里斯蒂娜',
];
const FAMILY_NAMES = [
  '梅赫迪耶夫', '阿利耶夫', '穆萨耶夫', '涅边贾', '萨巴赫', '哈米德', '费尔南德斯', '罗德里格斯', '迪亚洛', '特拉奥雷',
  '科纳特', '门德斯', '席尔瓦', '桑托斯', '马丁', '杜邦', '施密特', '霍夫曼', '安德森', '约翰逊', '汗', '侯赛因',
  '易卜拉欣', '曼苏尔', '恩科莫', '贝洛', '纳齐尔', '奥孔库沃', '瓦尔加斯', '佩雷拉', '伊万诺夫', '科瓦尔丘克',
];
/** Secretaries-General by the first day of their term. */
const SECRETARIES_GENERAL: readonly [string, string][] = [['2017-01-01', '安东尼奥·古特雷斯'], ['2007-01-01', '潘基文'], ['1997-01-01', '科菲·安南']];

/** The signatory of a letter of `isoDate`; null for a note verbale, which is unsigned. */
export function drawSignatory(who: Correspondence, isoDate: string, random: Random): { name: string; titles: string[] } | null {
  if (who.kind === 'note-verbale') return null;
  if (who.state === null) {
    const name = SECRETARIES_GENERAL.find(([since]) => isoDate >= since)?.[1] ?? '科菲·安南';
    return { name, titles: [] };
  }
  // One envoy per state, role and four-year span.
  const span = Math.floor(Number(isoDate.slice(0, 4)) / 4);
  const hash = [...`${who.state.code}${who.sender.role}${span}`].reduce((sum, char) => Math.imul(sum ^ char.charCodeAt(0), 0x01000193) >>> 0, 0x811c9dc5);
  const name = `${GIVEN_NAMES[hash % GIVEN_NAMES.length]}·${FAMILY_NAMES[(hash >>> 8) % FAMILY_NAMES.length]}`;
  const shapes = OBSERVERS.has(who.state.code) && who.sender.role === 'permanent-representative' ? OBSERVER_TITLES : TITLE_SHAPES[who.sender.role];
  const titles = random.pick(shapes ?? [[]]);
  // A chair signs as chair first (`77 国集团和中国主席` / `常驻代表` / `大使`).
  return { name, titles: who.sender.capacity === undefined ? titles : [who.sender.capacity, ...titles] };
}

const OBSERVER_TITLES = [['常驻观察员', '大使'], ['常驻观察员'], []];
/** The title lines a signatory of each role prints over the name. */
const TITLE_SHAPES: Partial<Record<string, readonly string[][]>> = {
  'permanent-representative': [['常驻代表', '大使'], ['常驻代表', '大使'], ['大使', '常驻代表'], ['常驻代表'], []],
  'charge-daffaires': [['临时代办'], ['代办', '公使衔参赞'], ['临时代办', '副常驻代表'], []],
  minister: [['外交部长'], []],
  'head-of-state': [[]],
};

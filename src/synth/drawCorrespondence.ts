/**
 * Who writes to whom, in what kind of letter and under which masthead: the
 * genre's mix of letters, identical letters and notes verbales; representatives,
 * chargés d'affaires, missions, ministers, heads of state or government, the chairs
 * of groups of states, and the Secretary-General; the Secretary-General, the
 * presidents of the Council and the Assembly and the chairs of the Council's
 * sanctions committees.
 */
import type { Random } from './createRandom.ts';
import type { LetterKind, Masthead, SenderRole, SynthSender } from './letterModel.ts';
import { senderStates, type StateName } from './senderStates.ts';

export interface Correspondence {
  kind: LetterKind;
  /** As printed, in order. */
  addressees: string[];
  sender: SynthSender;
  /** The sender's state, null for the Secretary-General. */
  state: StateName | null;
  masthead: Masthead;
  /** `10` for a letter of the tenth emergency special session, else null. */
  emergencySession: number | null;
}

export const SECRETARY_GENERAL = '秘书长';
export const COUNCIL_PRESIDENT = '安全理事会主席';
export const ASSEMBLY_PRESIDENT = '大会主席';

/** Chairs of Security Council committees, as letters address them. */
const COMMITTEE_CHAIRS = [
  '安全理事会关于朝鲜民主主义人民共和国的第1718(2006)号决议所设委员会主席',
  '安全理事会关于利比亚的第1970(2011)号决议所设委员会主席',
  '安全理事会关于也门的第2140(2014)号决议所设委员会主席',
  '安全理事会关于刚果民主共和国的第1533(2004)号决议所设委员会主席',
  '安全理事会关于苏丹的第1591(2005)号决议所设委员会主席',
  '安全理事会关于南苏丹的第2206(2015)号决议所设委员会主席',
  '安全理事会关于中非共和国的第2127(2013)号决议所设委员会主席',
  '安全理事会关于伊拉克的第1518(2003)号决议所设委员会主席',
];

/** Groups whose chairs write as such, their representatives signing with the chair's title first. */
const GROUP_CHAIRS = ['77 国集团和中国主席', '不结盟运动协调局主席', '阿拉伯集团主席', '非洲集团主席', '伊斯兰合作组织纽约小组主席', '最不发达国家集团主席'];

/** States that are UN observers, not members: their envoys are permanent observers. */
export const OBSERVERS: ReadonlySet<string> = new Set(['PSE', 'VAT']);
/** States whose letters often belong to the tenth emergency special session. */
const EMERGENCY_SESSION_WRITERS = new Set(['PSE', 'JOR', 'EGY', 'SAU', 'QAT', 'ISR']);

const options = <T>(pairs: readonly [number, T][]): { weight: number; value: T }[] =>
  pairs.map(([weight, value]) => ({ weight, value }));

/** Draws one letter's correspondents. */
export function drawCorrespondence(random: Random): Correspondence {
  if (random.chance(0.04)) return fromSecretaryGeneral(random);
  const state = random.weighted(senderStates);
  const kind = random.weighted(options<LetterKind>([[70, 'letter'], [15, 'identical-letters'], [15, 'note-verbale']]));
  const addressees = kind === 'note-verbale'
    ? [random.weighted(options([[60, SECRETARY_GENERAL], [25, 'committee'], [15, COUNCIL_PRESIDENT]]))]
    : kind === 'identical-letters'
      ? random.weighted(options([[80, [SECRETARY_GENERAL, COUNCIL_PRESIDENT]], [20, [SECRETARY_GENERAL, ASSEMBLY_PRESIDENT]]]))
      : [random.weighted(options([[55, SECRETARY_GENERAL], [28, COUNCIL_PRESIDENT], [10, ASSEMBLY_PRESIDENT], [7, 'committee']]))];
  const printed = addressees.map((addressee) => (addressee === 'committee' ? random.pick(COMMITTEE_CHAIRS) : addressee));
  const drawn: SenderRole = kind === 'note-verbale'
    ? 'mission'
    : random.weighted(options<SenderRole>([[60, 'permanent-representative'], [18, 'charge-daffaires'], [14, 'minister'], [8, 'head-of-state']]));
  // The Holy See writes through its nuncio at the UN only.
  const role = state.code === 'VAT' && (drawn === 'minister' || drawn === 'head-of-state') ? 'permanent-representative' : drawn;
  const masthead = mastheadFor(printed, random);
  const emergency = masthead !== 'security-council' && random.chance(EMERGENCY_SESSION_WRITERS.has(state.code) ? 0.3 : 0.01);
  const chair = role === 'permanent-representative' && !OBSERVERS.has(state.code) && random.chance(0.05);
  return {
    kind,
    addressees: printed,
    // A permanent observer (`巴勒斯坦国常驻联合国观察员`) is an observer state's permanent representative.
    sender: { text: senderText(state, role, random), state: state.short, code: state.code, role, ...(chair && { capacity: random.pick(GROUP_CHAIRS) }) },
    state,
    masthead,
    emergencySession: emergency ? 10 : null,
  };
}

function fromSecretaryGeneral(random: Random): Correspondence {
  const addressee = random.chance(0.8) ? COUNCIL_PRESIDENT : ASSEMBLY_PRESIDENT;
  return {
    kind: 'letter',
    addressees: [addressee],
    sender: { text: SECRETARY_GENERAL, state: null, code: null, role: 'secretary-general' },
    state: null,
    masthead: addressee === ASSEMBLY_PRESIDENT ? 'general-assembly' : random.chance(0.7) ? 'security-council' : 'general-assembly-and-security-council',
    emergencySession: null,
  };
}

/** The organs a letter is circulated to follow from whom it is addressed to. */
function mastheadFor(addressees: readonly string[], random: Random): Masthead {
  if (addressees.includes(ASSEMBLY_PRESIDENT)) return 'general-assembly';
  if (addressees.some((addressee) => addressee.endsWith('所设委员会主席'))) return 'security-council';
  const both = 'general-assembly-and-security-council';
  if (addressees.includes(COUNCIL_PRESIDENT)) return random.chance(addressees.length > 1 ? 0.5 : 0.7) ? 'security-council' : both;
  return random.weighted(options<Masthead>([[60, both], [20, 'general-assembly'], [20, 'security-council']]));
}

/**
 * The sender as the title prints it: the short name mostly, the formal one
 * sometimes, and always for a minister or a president of a republic.
 */
function senderText(state: StateName, role: SenderRole, random: Random): string {
  const name = random.chance(0.12) ? state.formal : state.short;
  const envoy = OBSERVERS.has(state.code) ? '常驻联合国观察员' : '常驻联合国代表';
  const mission = OBSERVERS.has(state.code) ? '常驻联合国观察员代表团' : '常驻联合国代表团';
  switch (role) {
    case 'permanent-representative':
      return `${name}${envoy}`;
    case 'charge-daffaires':
      return `${name}${mission}临时代办`;
    case 'mission':
      return `${name}${mission}`;
    case 'minister':
      return `${random.chance(0.7) ? state.formal : state.short}外交部长`;
    default:
      return state.formal.endsWith('共和国') && random.chance(0.7) ? `${state.formal}总统` : `${state.short}总理`;
  }
}

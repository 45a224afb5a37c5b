/**
 * Reads a title's sender (`阿塞拜疆共和国外交部长`) into its state, by the UN's Chinese
 * short or formal name, its role, by how the sender's office is named, and the
 * capacity a chair or coordinator writes in (`苏丹常驻联合国代表以 77 国集团和中国主席的身份`).
 */
import type { Sender, SenderRole } from '../records/schema.ts';
import { unStateAtStart } from '../records/unStates.ts';

export type SenderReading = { sender: Sender } | { problem: string };

/** Offices, by the words that end their names; the first that matches is the role. */
const offices: readonly { ending: RegExp; role: SenderRole }[] = [
  { ending: /临时代办$/, role: 'charge-daffaires' },
  { ending: /代表团$/, role: 'mission' },
  { ending: /副常驻(?:联合国)?代表$/, role: 'other' },
  // A permanent observer (`巴勒斯坦国常驻联合国观察员`) is its state's permanent representative.
  { ending: /常驻(?:联合国)?(?:代表|观察员)$/, role: 'permanent-representative' },
  // `外务相`: the DPRK's (and Japan's older) title for its foreign minister.
  { ending: /(?:部长|大臣|国务秘书|国务卿|外务相)$/, role: 'minister' },
  { ending: /(?:总统|总理|首相|国王|女王|国家元首|埃米尔|苏丹|亲王|大公|教宗)$/, role: 'head-of-state' },
];
/** Roles that speak for a state, so the sender must name one. */
const stateRoles = new Set<SenderRole>(['permanent-representative', 'charge-daffaires', 'mission', 'minister', 'head-of-state']);
const secretaryGeneral = /^(?:联合国)?秘书长$/;
/** `<office>以<capacity>(的)身份`; the office is never empty, so `以色列…` is no capacity. */
const inCapacity = /^(.+?)以\s*(.+?)\s*的?身份$/u;

/** The sender `text` names, or why it cannot be read. */
export function readSender(printed: string): SenderReading {
  const clause = inCapacity.exec(printed);
  const reading = readOffice(clause ? (clause[1] as string) : printed);
  return clause && 'sender' in reading ? { sender: { ...reading.sender, capacity: clause[2] as string } } : reading;
}

/** The sender an office's name (`苏丹常驻联合国代表`) states, or why it cannot be read. */
function readOffice(text: string): SenderReading {
  if (secretaryGeneral.test(text)) return { sender: { text, state: null, code: null, role: 'secretary-general' } };
  const found = unStateAtStart(text);
  const role = offices.find(({ ending }) => ending.test(text))?.role ?? 'other';
  if (!found) {
    if (stateRoles.has(role)) {
      return { problem: `the sender \`${text}\` names no UN member or observer state by its UN Chinese name (src/records/unStates.ts); letters from an organisation's observer or delegation are not read yet` };
    }
    return { sender: { text, state: null, code: null, role } };
  }
  if (/^[和、及与]/.test(text.slice(found.name.length))) {
    return { problem: `the sender \`${text}\` names several states: letters from several senders are not read yet` };
  }
  return { sender: { text, state: found.state.short, code: found.state.code, role } };
}

/**
 * Reads a title's sender (`阿塞拜疆共和国外交部长`) into its state, by the UN's Chinese
 * short or formal name, and its role, by how the sender's office is named.
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
  { ending: /(?:部长|大臣|国务秘书|国务卿)$/, role: 'minister' },
  { ending: /(?:总统|总理|首相|国王|女王|国家元首|埃米尔|苏丹|亲王|大公|教宗)$/, role: 'head-of-state' },
];
/** Roles that speak for a state, so the sender must name one. */
const stateRoles = new Set<SenderRole>(['permanent-representative', 'charge-daffaires', 'mission', 'minister', 'head-of-state']);
const secretaryGeneral = /^(?:联合国)?秘书长$/;

/** The sender `text` names, or why it cannot be read. */
export function readSender(text: string): SenderReading {
  if (secretaryGeneral.test(text)) return { sender: { text, state: null, code: null, role: 'secretary-general' } };
  const found = unStateAtStart(text);
  const role = offices.find(({ ending }) => ending.test(text))?.role ?? 'other';
  if (!found) {
    if (stateRoles.has(role)) return { problem: `the sender \`${text}\` names no UN member or observer state by its UN Chinese name (src/records/unStates.ts)` };
    return { sender: { text, state: null, code: null, role } };
  }
  if (/^[和、及与]/.test(text.slice(found.name.length))) {
    return { problem: `the sender \`${text}\` names several states: letters from several senders are not read yet` };
  }
  return { sender: { text, state: found.state.short, code: found.state.code, role } };
}

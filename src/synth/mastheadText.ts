/**
 * The words of a masthead, common to both flavours: the organs, the session
 * lines (`第六十一届会议`, `第十届紧急特别会议`, `第六十二年`) and the list of
 * agenda item numbers (`17 和 27`, `32、60 和 61`).
 */
import type { Masthead, SynthLetter } from './letterModel.ts';
import { toChineseNumeral } from './toChineseNumeral.ts';

export const ORGANS: Record<Masthead, readonly string[]> = {
  'general-assembly-and-security-council': ['大会', '安全理事会'],
  'general-assembly': ['大会'],
  'security-council': ['安全理事会'],
};

/** The Assembly's session line, then the Council's year line, as far as the masthead prints them. */
export function sessionLines(letter: SynthLetter): string[] {
  const lines: string[] = [];
  if (letter.emergencySession !== null) lines.push(`第${toChineseNumeral(letter.emergencySession)}届紧急特别会议`);
  else if (letter.session.generalAssembly !== null) lines.push(`第${toChineseNumeral(letter.session.generalAssembly)}届会议`);
  if (letter.session.securityCouncilYear !== null) lines.push(`第${toChineseNumeral(letter.session.securityCouncilYear)}年`);
  return lines;
}

/** `17`, `17 和 27`, `32、60 和 61`. */
export function itemList(letter: SynthLetter): string {
  const numbers = letter.agendaItems.map((item) => item.number);
  const last = numbers[numbers.length - 1];
  return numbers.length === 1 ? `${last}` : `${numbers.slice(0, -1).join('、')} 和 ${last}`;
}

/**
 * Reads who wrote to whom, and what kind of letter, from a title such as
 * `2007 年 6 月 7 日阿塞拜疆常驻联合国代表给秘书长和安全理事会主席的同文信`:
 * the kind from its last words, the sender before `给` (or `致`), the addressees after it.
 */
import type { LetterKind } from '../records/schema.ts';

export interface LetterTitle {
  kind: LetterKind;
  /** As printed, in order. */
  addressees: string[];
  /** The sender as printed, the date taken off. */
  sender: string;
}

export type LetterTitleReading = LetterTitle | { problem: string };

const endings: readonly { ending: string; kind: LetterKind }[] = [
  { ending: '的同文信', kind: 'identical-letters' },
  { ending: '的普通照会', kind: 'note-verbale' },
  { ending: '的信', kind: 'letter' },
];
const date = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
const titleEnding = /的(?:同文信|普通照会|信)$/;
/** Between two addressees: each addressee ends as an office does (`秘书长`, `…主席`). */
const addresseeBreak = /(?<=秘书长|主席)(?:和|、|及|与)/;

/** Whether `text` ends as a letter's, identical letters' or a note verbale's title does. */
export function endsAsLetterTitle(text: string): boolean {
  return titleEnding.test(withoutLayoutSpaces(text));
}

/** Spaces between Chinese characters are the layout's (a wrapped line), not the title's; `第 1718(2006)号` keeps its own. */
function withoutLayoutSpaces(text: string): string {
  return text.trim().replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
}

/** The kind, addressees and sender the title states, or what it lacks. */
export function readLetterTitle(title: string): LetterTitleReading {
  const text = withoutLayoutSpaces(title.replace(date, ''));
  const found = endings.find(({ ending }) => text.endsWith(ending));
  if (!found) {
    return { problem: 'the title does not end as a letter’s (`…的信`), identical letters’ (`…的同文信`) or a note verbale’s (`…的普通照会`)' };
  }
  const words = text.slice(0, -found.ending.length);
  const to = words.includes('给') ? words.indexOf('给') : words.indexOf('致');
  if (to < 0) return { problem: 'the title names no addressee: expected `…给<addressee>的…` (or `致`)' };
  const sender = words.slice(0, to);
  if (sender === '') return { problem: 'the title names no sender before its addressee (`<sender>给…`)' };
  const addressees = words.slice(to + 1).split(addresseeBreak);
  if (addressees.some((addressee) => addressee === '')) return { problem: 'the title names an empty addressee after `给`' };
  return { kind: found.kind, addressees, sender };
}

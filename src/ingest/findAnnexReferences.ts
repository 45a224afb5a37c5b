/**
 * Finds where a letter's own text refers to its own annexes: `（见附件一）`,
 * `（见附件二至四）`, `（分别见附件一和附件二）`, `请将本信及其附件…`. Only these
 * shapes count: a citation of another document's annex (`A/74/450-S/2019/762，附件`,
 * in a footnote or not) names the document first, and is no reference to this letter's.
 */
import { parseChineseNumber } from './parseChineseNumber.ts';

export interface AnnexReference {
  /** As printed: `见附件二至四`, `本信及其附件`. */
  text: string;
  /** Offset of `text` in the searched text. */
  offset: number;
  /** The annex ids it needs (`annex-2`, `annex-3`, `annex-4`); empty when any annex will do (`本信及其附件`, `见附件`). */
  ids: string[];
}

const numeral = '[〇一二三四五六七八九十]+';
const seeAnnexes = new RegExp(`见附件(${numeral})?((?:(?:至|到|和|及|、|与)(?:附件)?${numeral})*)`, 'g');
const letterWithAnnexes = /本(?:信|函|照会|普通照会|同文信)及其附件/g;

/** The references `text` makes to the letter's own annexes, in order. */
export function findAnnexReferences(text: string): AnnexReference[] {
  const references: AnnexReference[] = [];
  for (const match of text.matchAll(seeAnnexes)) {
    references.push({ text: match[0], offset: match.index, ids: match[1] === undefined ? [] : annexIds(match[1], match[2] ?? '') });
  }
  for (const match of text.matchAll(letterWithAnnexes)) references.push({ text: match[0], offset: match.index, ids: [] });
  return references.sort((a, b) => a.offset - b.offset);
}

/** `二` + `至四` → annex-2…annex-4; `一` + `和附件二` → annex-1, annex-2. */
function annexIds(first: string, rest: string): string[] {
  const numbers = [parseChineseNumber(first) ?? 0];
  for (const [, joint = '', value = ''] of rest.matchAll(new RegExp(`(至|到|和|及|、|与)(?:附件)?(${numeral})`, 'g'))) {
    const to = parseChineseNumber(value) ?? 0;
    const from = numbers.at(-1) ?? to;
    if (joint === '至' || joint === '到') for (let n = from + 1; n <= to; n++) numbers.push(n);
    else numbers.push(to);
  }
  return numbers.map((n) => `annex-${n}`);
}

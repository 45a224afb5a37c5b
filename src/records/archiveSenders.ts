/**
 * The senders of the archive's letters: one per state (whatever office wrote for
 * it: its representative, chargé d'affaires, mission or minister) and one per UN
 * office (the Secretary-General…), each with its letters, the roles it wrote in
 * and the signatories seen, in pinyin order of their names.
 *
 * A sender's slug is its path segment, `/senders/<slug>/`: the state's ISO 3166-1
 * alpha-3 code in lower case (`aze`); for a state without a code, the pinyin of
 * its name (`ke-suo-wo`); for a UN official, `un-` and the pinyin of the title as
 * printed (`un-mi-shu-zhang` for 秘书长). Codes are three letters without a dash,
 * so the three kinds never collide, and a slug stays as long as the name does.
 */
import type { LetterRecord, Sender, SenderRole, Signatory } from './schema.ts';
import { byPinyin, pinyinInitial, pinyinSlug } from './pinyinOrder.ts';

/** What senders are made of: a letter's sender and signatory (a record or its summary). */
export type SenderLetter = Pick<LetterRecord, 'sender' | 'signatory'>;

export interface ArchiveSender<Letter extends SenderLetter = LetterRecord> {
  slug: string;
  /** The state's short name, or the UN official's title as printed. */
  name: string;
  /** ISO 3166-1 alpha-3, or null (a UN official, a state without one). */
  code: string | null;
  /** Filed under this letter in the index of initials: `A`–`Z`, or `#`. */
  initial: string;
  /** Its letters, in archive order (date, then id). */
  letters: Letter[];
  /** The roles it wrote in, most letters first, with their letters. */
  roles: { role: SenderRole; letters: number }[];
  /** Who signed its letters, most letters first: name, titles as first printed, letters. */
  signatories: { name: string; titles: string[]; letters: number }[];
}

/** The path segment of a sender's page. */
export function senderSlug(sender: Sender): string {
  if (sender.code !== null) return sender.code.toLowerCase();
  if (sender.state !== null) return pinyinSlug(sender.state);
  return `un-${pinyinSlug(sender.text)}`;
}

/** Groups the letters by sender, in pinyin order of the senders' names. */
export function archiveSenders<Letter extends SenderLetter>(records: readonly Letter[]): ArchiveSender<Letter>[] {
  const groups = new Map<string, Letter[]>();
  for (const record of records) {
    const slug = senderSlug(record.sender);
    const group = groups.get(slug);
    if (group) group.push(record);
    else groups.set(slug, [record]);
  }
  return [...groups]
    .map(([slug, letters]) => {
      const { sender } = letters[0] as Letter;
      const name = sender.state ?? sender.text;
      return {
        slug,
        name,
        code: sender.code,
        initial: pinyinInitial(name),
        letters,
        roles: countBy(letters, (letter) => letter.sender.role).map(([role, count]) => ({ role, letters: count })),
        signatories: signatoriesOf(letters),
      };
    })
    .sort((a, b) => byPinyin(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
}

/** Distinct signatories by name, most letters first, with the titles of their first letter. */
function signatoriesOf(letters: readonly SenderLetter[]): ArchiveSender['signatories'] {
  const signed = letters.flatMap((letter) => (letter.signatory ? [letter.signatory] : []));
  const first = new Map<string, Signatory>();
  for (const signatory of signed) if (!first.has(signatory.name)) first.set(signatory.name, signatory);
  return countBy(signed, (signatory) => signatory.name).map(([name, count]) => ({ name, titles: first.get(name)?.titles ?? [], letters: count }));
}

/** Values of `key` with how many items have each, most first (ties in order of first appearance). */
function countBy<T, K>(items: readonly T[], key: (item: T) => K): [K, number][] {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

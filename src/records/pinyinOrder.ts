/**
 * Pinyin for ordering Chinese names (pinyin-pro, by words in context, so that
 * 重庆 is chóng qìng and 长城 cháng chéng): the sort key, the index initial and an
 * ASCII slug. One reading pinyin-pro gets wrong in the archive's names is set
 * right: 长 in 秘书长 is zhǎng.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

customPinyin({ 秘书长: 'mì shū zhǎng' });

/** Toneless pinyin syllables of `name`, lower case; characters that are not Chinese stay as they are. */
function syllables(name: string): string[] {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).map((syllable) => syllable.toLowerCase());
}

/** Compares two names by their pinyin, then by the characters themselves (homophones stay apart, in a fixed order). */
export function byPinyin(a: string, b: string): number {
  const keyA = syllables(a).join(' ');
  const keyB = syllables(b).join(' ');
  return keyA < keyB ? -1 : keyA > keyB ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** The index letter a name is filed under: the first letter of its pinyin, `A`–`Z`, or `#`. */
export function pinyinInitial(name: string): string {
  const first = syllables(name)[0]?.[0]?.toUpperCase() ?? '#';
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** An ASCII slug of a name's pinyin: 秘书长 → `mi-shu-zhang`. */
export function pinyinSlug(name: string): string {
  return syllables(name)
    .join('-')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The search-quality query set, drawn from the letters themselves with a fixed
 * seed: random substrings of 1–6 characters (of any unit, the header's
 * included), names (the letters' keywords), UN symbols (cited, and the letters'
 * own, alone and joint, as printed, in lower case and full width), header fields
 * whole (some of every field: titles, senders, addressees, signatories, agenda
 * items, annex headings), Latin words, traditional-character forms (OpenCC), full-width
 * forms, terms absent from the archive, two-term queries and exclusions. Each
 * query says what it stands for (`expect`), from which the truth is computed.
 */
import * as OpenCC from 'opencc-js';
import { createRandom } from '../../synth/createRandom.ts';
import type { LetterChunks } from './letterChunks.ts';
import { occurringWords } from './occurringWords.ts';
import { surveyArchive } from './surveyArchive.ts';
import { unitReader } from './unitReader.ts';

export { ANNEX_HEADING } from './surveyArchive.ts';

export type QueryKind = 'substring' | 'name' | 'symbol' | 'metadata' | 'latin' | 'traditional' | 'fullwidth' | 'absent' | 'and' | 'exclusion';

export interface QualityQuery {
  kind: QueryKind;
  /** What the reader types. */
  query: string;
  /** The query in the archive's own characters: units containing each of its terms are the truth. */
  expect: string;
  /** For a symbol or metadata query, the header field it was drawn from (`文号`, `标题`, … as recordUnits labels them, or ANNEX_HEADING). */
  field?: string;
}

export interface QuerySetOptions {
  /** Random substrings drawn (the other kinds scale with it). Default 60. */
  substrings?: number;
  seed?: number;
}

/**
 * The query set for the letters of `chunks`: the same for the same letters and
 * seed, however they are cut into chunks. The letters are surveyed in one pass
 * (surveyArchive.ts), random units are read back one chunk at a time, and the
 * made-up absent words are checked in a pass or two: memory holds the survey,
 * not the letters' texts.
 */
export async function makeQuerySet(chunks: LetterChunks, { substrings = 60, seed = 20260601 }: QuerySetOptions = {}): Promise<QualityQuery[]> {
  const random = createRandom(seed);
  const survey = await surveyArchive(chunks);
  const units = survey.unitsPerChunk.reduce((sum, count) => sum + count, 0);
  const unitText = unitReader(chunks, survey.unitsPerChunk);
  /** A random unit's text, drawn as `random.pick` would draw it from a list of every unit's text. */
  const randomUnit = (): Promise<string> => {
    if (units === 0) throw new RangeError('cannot pick from an empty list');
    return unitText(random.int(0, units - 1));
  };
  const unique = new Set<string>();
  const queries: QualityQuery[] = [];
  const add = (kind: QueryKind, query: string, expect = query, field?: string) => {
    if (query.trim() === '' || unique.has(`${kind}:${query}`)) return;
    unique.add(`${kind}:${query}`);
    queries.push({ kind, query, expect, ...(field === undefined ? {} : { field }) });
  };
  /** A run of 1–`max` non-space characters from a random unit. */
  const substring = async (min: number, max: number, accept: (value: string) => boolean = () => true): Promise<string | undefined> => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const chars = [...(await randomUnit())];
      const length = random.int(min, max);
      const start = random.int(0, Math.max(0, chars.length - length));
      const value = chars.slice(start, start + length).join('');
      if (!/\s/u.test(value) && [...value].length === length && accept(value)) return value;
    }
    return undefined;
  };
  const few = Math.max(3, Math.round(substrings / 6));

  for (let i = 0; i < substrings; i++) add('substring', (await substring(1, 6)) ?? '');

  const { keywords, cited, own, joints, fields, latin, han } = survey;
  for (let i = 0; i < few && keywords.length > 0; i++) add('name', random.pick(keywords));
  add('name', '纳戈尔诺-卡拉巴赫');

  // Symbols cited, as printed; the letters' own, alone and joint, in the spellings readers type.
  for (let i = 0; i < few && cited.length > 0; i++) add('symbol', random.pick(cited));
  for (let i = 0; i < few && own.length > 0; i++) {
    const symbol = random.pick(own);
    add('symbol', [symbol, symbol.toLowerCase(), toFullWidth(symbol)][i % 3] as string, symbol, '文号');
  }
  for (let i = 0; i < few && joints.length > 0; i++) {
    const joint = random.pick(joints);
    add('symbol', [joint, joint.toLowerCase().replace('-', '–'), toFullWidth(joint)][i % 3] as string, joint, '文号');
  }

  // Every header field (title, sender, addressees, signatory, agenda items) and annex headings, whole.
  const perField = Math.max(1, Math.round(few / 4));
  for (const [field, texts] of fields) {
    const values = [...texts];
    for (let i = 0; i < perField; i++) add('metadata', random.pick(values), undefined, field);
  }

  for (let i = 0; i < few && latin.length > 0; i++) {
    const word = random.pick(latin);
    add('latin', random.chance(0.5) ? word.toLowerCase() : word);
  }

  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  for (let i = 0; i < few; i++) {
    const simplified = await substring(2, 6, (value) => toTraditional(value) !== value);
    if (simplified) add('traditional', toTraditional(simplified), simplified);
  }

  for (let i = 0; i < few; i++) {
    const ascii = await substring(3, 8, (value) => /[!-~]/.test(value));
    if (ascii) add('fullwidth', toFullWidth(ascii), ascii);
  }
  add('fullwidth', '822（1993）', '822(1993)');

  // Made-up words, checked against the units a round at a time: each round draws as many words as are still
  // wanted, which a draw checked word by word would have drawn too, so that the set is the same either way.
  for (let tried = 0, found = 0; found < few && tried < 1000 && han.length > 0; ) {
    const words = Array.from({ length: Math.min(few - found, 1000 - tried) }, () => random.pick(han) + random.pick(han) + random.pick(han));
    tried += words.length;
    const present = await occurringWords(chunks, words);
    for (const word of words) {
      if (!present.has(word)) {
        add('absent', word);
        found++;
      }
    }
  }
  add('absent', 'Zyxwvutsrq');

  for (let i = 0; i < few; i++) {
    const pair = await substring(6, 12);
    if (pair) {
      const chars = [...pair];
      const cut = random.int(2, chars.length - 2);
      add('and', `${chars.slice(cut).join('')} ${chars.slice(0, cut).join('')}`);
    }
  }
  for (let i = 0; i < few; i++) {
    const wanted = await substring(2, 4);
    const unwanted = await substring(1, 2);
    if (wanted && unwanted && !wanted.includes(unwanted)) add('exclusion', `${wanted} -${unwanted}`);
  }
  return queries;
}

/** The full-width form of the printable ASCII in `text` (`(` → `（`, `A` → `Ａ`). */
function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
}

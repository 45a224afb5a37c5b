/**
 * Reads the heading block above a letter's title — organs (`大 会 安全理事会`),
 * session (`第六十一届会议 第六十二年`), agenda item numbers and their titles —
 * into `session` and `agendaItems`, keeping its lines as `masthead` furniture.
 * Agenda titles wrapped over lines are rejoined so that titles and numbers pair.
 */
import type { AgendaItem, Furniture, HeadMark, Session } from '../records/schema.ts';
import type { SourceLine } from './draft.ts';
import { displayWidth } from './displayWidth.ts';
import { symbolMark } from './footnoteId.ts';
import { joinWrappedLines } from './joinWrappedLines.ts';
import { locatedError } from './locatedError.ts';
import { parseChineseNumber } from './parseChineseNumber.ts';

export interface Masthead {
  session: Session;
  agendaItems: AgendaItem[];
  /** Footnote marks printed on the agenda line (`临时议程*项目 71`, `议程项目 71*`). */
  marks: HeadMark[];
  furniture: Furniture[];
  /** Index in `lines` of the first line after the masthead. */
  next: number;
}

const organ = /^[大会安全理事\s]+$/;
/** Organs whose documents carry sessions and symbols of their own (`E/2024/58`, `A/HRC/55/G/5`), which the record cannot state yet. */
const unreadOrgan = /^(?:经济及社会理事会|人权理事会|托管理事会)$/;
const sessionLine = /届(?:紧急特别)?会议|^第[〇零一二两三四五六七八九十百]+年$/;
const sessionOnly = /^第[〇零一二两三四五六七八九十百]+(?:届(?:紧急特别)?会议|年)$/;
const agendaLine = new RegExp(String.raw`^(?:临时)?议程\s*(?:${symbolMark}+\s*)?项目\s*\d`);
const footnoteMark = new RegExp(`${symbolMark}+`, 'g');
const agendaNumbers = new RegExp(String.raw`^(?:[\d、，,和及\s()（）a-z]|${symbolMark})+$`);
/** `71`, `71(b)`, or `(c)` alone: the next sub-item of the number before (`71(b)和(c)`). */
const itemNumber = /(\d+)?\s*(?:[(（]\s*([a-z])\s*[)）])?/g;

/** Whether a masthead line lists agenda items (`议程项目 17 和 27`, `临时议程*项目 71`). */
export function isAgendaLine(text: string): boolean {
  return agendaLine.test(text);
}

/**
 * `lines` from `start`; `isTitle` tells the line that ends the masthead (the
 * letter's title) — the masthead also ends at two blank lines in a row.
 */
export function readMasthead(path: string, lines: readonly SourceLine[], start: number, isTitle: (line: SourceLine) => boolean): Masthead {
  const taken: SourceLine[] = [];
  let index = start;
  let blanks = 0;
  let stage: 'organs' | 'titles' = 'organs';
  const sessionText: string[] = [];
  const numbers: ItemNumber[] = [];
  let agenda: SourceLine | undefined;
  const marks: string[] = [];
  const titleGroups: SourceLine[][] = [];

  for (; index < lines.length; index++) {
    const line = lines[index] as SourceLine;
    const text = line.text.trim();
    if (text === '') {
      blanks++;
      if (blanks >= 2 && taken.length > 0) break;
      continue;
    }
    if (isTitle(line)) break;
    if (taken.length === 0 && unreadOrgan.test(text.replace(/\s+/g, ''))) {
      throw locatedError(path, `the masthead names \`${text}\`: letters of organs other than the General Assembly and the Security Council are not read yet (their sessions have no place in the record)`, 'unread-organ', line.line, 1);
    }
    if (stage === 'organs' && (organ.test(text) || sessionLine.test(text))) {
      sessionText.push(text.replace(/\s+/g, ''));
    } else if (stage === 'organs' && isAgendaLine(text)) {
      agenda = line;
      marks.push(...(text.match(footnoteMark) ?? []));
      numbers.push(...readItemNumbers(line, numbers.at(-1)));
      stage = 'titles';
    } else if (stage === 'titles' && blanks === 0 && agenda === taken.at(-1) && agendaNumbers.test(text)) {
      numbers.push(...readItemNumbers(line, numbers.at(-1)));
      marks.push(...(text.match(footnoteMark) ?? []));
      agenda = line;
    } else if (stage === 'titles' && (organ.test(text) || sessionOnly.test(text.replace(/\s+/g, '')))) {
      // A line that is only an organ or a session after the agenda titles begins the next organ's part
      // (`安全理事会` `第八十年`); a title may name a session (`…委员会第五十届会议工作报告`) and stays a title.
      sessionText.push(text.replace(/\s+/g, ''));
      stage = 'organs';
    } else if (stage === 'titles') {
      // Lines not parted by a blank line are one title for certain (Markdown hard breaks).
      const group = titleGroups.at(-1);
      if (blanks === 0 && group) group.push(line);
      else titleGroups.push([line]);
    } else {
      break;
    }
    taken.push(line);
    blanks = 0;
  }
  if (taken.length === 0) return { session: { generalAssembly: null, securityCouncilYear: null }, agendaItems: [], marks: [], furniture: [], next: start };

  const titles = pairTitles(path, agenda, titleGroups, numbers.length);
  return {
    session: readSession(sessionText.join('')),
    agendaItems: numbers.map((number, position) => ({ ...number, title: titles[position] ?? '' })),
    marks: [...new Set(marks)].map((marker) => ({ on: 'agenda', marker })),
    furniture: taken.map(({ line, text }) => ({ kind: 'masthead', line, text: text.trim() })),
    next: index,
  };
}

type ItemNumber = Pick<AgendaItem, 'number' | 'subitem'>;

/**
 * The item numbers an agenda line lists, `71(b)和(c)` as 71(b) and 71(c); `before` is
 * the last one of the lines above (the first agenda line starts with a number, so a
 * bare sub-item always has one before it).
 */
function readItemNumbers(line: SourceLine, before: ItemNumber | undefined): ItemNumber[] {
  const numbers: ItemNumber[] = [];
  for (const [token, digits, subitem] of line.text.matchAll(itemNumber)) {
    if (token.trim() === '') continue;
    const number = digits === undefined ? ((numbers.at(-1) ?? before)?.number ?? 0) : Number(digits);
    numbers.push(subitem === undefined ? { number } : { number, subitem });
  }
  return numbers;
}

function readSession(text: string): Session {
  const assembly = /第([〇零一二两三四五六七八九十百\d]+)届会议/.exec(text)?.[1];
  const council = /第([〇零一二两三四五六七八九十百\d]+)年/.exec(text)?.[1];
  return {
    generalAssembly: assembly ? parseChineseNumber(assembly) : null,
    securityCouncilYear: council ? parseChineseNumber(council) : null,
  };
}

/**
 * Joins title lines until there are as many titles as item numbers. A line that
 * wrapped fills the column, so the widest lines (and those ending in `、`) are
 * the ones that continue.
 */
function pairTitles(path: string, agenda: SourceLine | undefined, groups: SourceLine[][], count: number): string[] {
  if (groups.length < count) {
    throw locatedError(path, `the masthead lists ${count} agenda items but only ${groups.length} titles`, 'agenda-mismatch', agenda?.line, 1);
  }
  const continues = groups.map((group, position) => ({ position, score: wrapScore(group.at(-1)?.text ?? '') }));
  continues.pop();
  const joins = new Set(
    continues
      .sort((a, b) => b.score - a.score || a.position - b.position)
      .slice(0, groups.length - count)
      .map(({ position }) => position),
  );
  const titles: string[] = [];
  let current: SourceLine[] = [];
  groups.forEach((group, position) => {
    current.push(...group);
    if (joins.has(position)) return;
    titles.push(joinWrappedLines(current).text);
    current = [];
  });
  return titles;
}

function wrapScore(text: string): number {
  const trimmed = text.trim();
  return displayWidth(trimmed) + (/[、，和及与]$/.test(trimmed) ? 1000 : 0);
}

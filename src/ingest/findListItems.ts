/**
 * Finds the lists a letter prints one item per line, without bullets, after a
 * lead-in ending `：` (`以下 12 个国家发表本联合声明：` / `阿尔巴尼亚` / `安道尔`…):
 * two or more short lines at one indent, each one phrase (no comma or full stop
 * inside it, though a name may hold a `、`: `联合国教育、科学及文化组织`; `阿富汗；` and a
 * last `委内瑞拉。` may end so), or each a clause of a series ending `；`, the last `。`;
 * numbered or not. A wrapped paragraph has one short line, its last; a list has one per item. Lines all of one width that
 * run on into the next line are a paragraph wrapped in a narrow column instead.
 * One such line alone is left to be what it is (a heading).
 */
import { isAnnexHeading, isDateline, isSalutation, isSignatureEnd, opensLetteredSubparagraph, opensNumberedSection } from './blockShapes.ts';
import { displayWidth } from './displayWidth.ts';
import { hasColumnGap } from './findTableRows.ts';

export interface ListCandidateLine {
  text: string;
  indent: number;
  /** Blank lines before it beyond the usual spacing: two or more part paragraphs. */
  gapBefore: number;
  /** A page break stands before it, which may shift its indent by one. */
  pageStart?: boolean;
}

const leadIn = /：\s*$/;
/** Punctuation inside an item, or opening it (a wrapped line may start `、…`), makes it a piece of a sentence. */
const inner = /[，。；：！？,;]|^[、）》」』”’)]/u;
const itemEnd = /[；。]$/;

/** The indexes of `lines` that are items of lists printed one per line. */
export function findListItems(lines: readonly ListCandidateLine[], columnWidth: number): Set<number> {
  const items = new Set<number>();
  for (let index = 0; index < lines.length; index++) {
    const lead = lines[index] as ListCandidateLine;
    if (!leadIn.test(lead.text) || isSalutation(lead.text.trim())) continue;
    const first = lines[index + 1];
    if (first === undefined) continue;
    let end = index + 1;
    while (end < lines.length && laidOutAsItem(lines[end] as ListCandidateLine, first.indent, columnWidth)) end++;
    end = index + 1 + phrasesOrSeries(lines.slice(index + 1, end), columnWidth);
    // `；` ends every item but the last, which may end `。`; a sentence after unpunctuated items is the next paragraph.
    const ends = lines.slice(index + 1, end).map((line) => line.text.trim().at(-1));
    const stop = ends.findIndex((mark, at) => mark === '。' && (at < ends.length - 1 || ends.slice(0, at).some((before) => before !== '；')));
    if (stop >= 0) end = index + 1 + stop;
    end = index + 1 + numberedFromOne(lines.slice(index + 1, end));
    const run = lines.slice(index + 1, end);
    if (run.length < 2 || wrapsOn(run, lines[end])) continue;
    for (let item = index + 1; item < end; item++) items.add(item);
    index = end - 1;
  }
  return items;
}

/**
 * How many of `run` make one list as numbered: none is numbered, or they are numbered
 * 1, 2, 3… from the first (`1. 2024 年 1 月 19 日的信`), as a list inside numbered paragraphs
 * is; a numbered line out of that order is a paragraph, and ends the list.
 */
function numberedFromOne(run: readonly ListCandidateLine[]): number {
  const numbers = run.map((line) => /^(\d{1,3})\.\s/.exec(line.text.trim())?.[1]);
  if (numbers.every((number) => number === undefined)) return run.length;
  const inOrder = numbers.findIndex((number, at) => number !== String(at + 1));
  return inOrder === -1 ? run.length : inOrder;
}

/**
 * How many of `run` are items by their words: phrases (no comma or full stop inside), or
 * clauses of a series, each ending `；` and the last `。` (`加强管控，防止武器流入；` / `…。`),
 * which no wrapped paragraph prints on short lines.
 */
function phrasesOrSeries(run: readonly ListCandidateLine[], columnWidth: number): number {
  const texts = run.map((line) => line.text.trim().replace(/^\d{1,3}\.\s+/, ''));
  const series = texts.length >= 2 && texts.every((text, at) => text.endsWith('；') || (at === texts.length - 1 && text.endsWith('。')));
  if (series) return run.length;
  // A phrase is short; only a clause of a series may fill the line.
  const clause = run.findIndex((line, at) => {
    const text = texts[at] ?? '';
    return inner.test(itemEnd.test(text) ? text.slice(0, -1) : text) || isFull(line, columnWidth);
  });
  return clause === -1 ? run.length : clause;
}

/** Whether a line is laid out as an item: short, at the list's indent, and no line that stands alone. */
function laidOutAsItem(line: ListCandidateLine, indent: number, columnWidth: number): boolean {
  const text = line.text.trim();
  // A page break (its furniture taken out) may stand between two items, and shift the indent by one.
  if (text === '' || hasColumnGap(text) || (line.gapBefore >= 2 && !line.pageStart) || Math.abs(line.indent - indent) > (line.pageStart ? 1 : 0)) return false;
  // A full line is no item, unless it ends a clause of a series (`…；`), as such an item may fill the line.
  if (isFull(line, columnWidth) && !/[；。]$/.test(text)) return false;
  if (isAnnexHeading(text) || isDateline(text) || isSalutation(text) || isSignatureEnd(text)) return false;
  return !opensLetteredSubparagraph(text) && !opensNumberedSection(text) && !text.startsWith('“');
}

/** Whether a line fills the column, as a wrapped paragraph's lines do. */
function isFull(line: ListCandidateLine, columnWidth: number): boolean {
  return displayWidth(line.text.trim()) + line.indent >= columnWidth * 0.86;
}

/**
 * Lines all of one width followed by a line that continues at their indent: a paragraph
 * in a narrow column. A line that stands alone (a dateline, a signature, an
 * annex heading) continues nothing.
 */
function wrapsOn(run: readonly ListCandidateLine[], next: ListCandidateLine | undefined): boolean {
  const width = displayWidth(run[0]?.text.trim() ?? '');
  if (next === undefined || !run.every((line) => displayWidth(line.text.trim()) === width)) return false;
  const text = next.text.trim();
  if (isAnnexHeading(text) || isDateline(text) || isSalutation(text) || isSignatureEnd(text)) return false;
  return next.gapBefore < 2 && next.indent === run.at(-1)?.indent;
}

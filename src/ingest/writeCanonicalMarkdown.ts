/**
 * Writes a letter draft as canonical Markdown (README, "Canonical Markdown"):
 * YAML front matter, then one Markdown block per letter block and the GFM
 * footnotes, with every source character escaped so it reads back literally.
 * Also returns the line map: the source line of each line written.
 */
import { stringify } from 'yaml';
import type { Furniture } from '../records/schema.ts';
import type { DraftBlock, DraftText, LetterDraft } from './draft.ts';
import { escapeMarkdown } from './escapeMarkdown.ts';
import { sliceDraftText } from './sliceDraftText.ts';
import { isAgendaLine } from './readMasthead.ts';

export interface CanonicalMarkdown {
  markdown: string;
  /** `lineMap[i]` is the 1-based source line of Markdown line `i + 1`. */
  lineMap: number[];
}

const prefixes: Record<DraftBlock['kind'], string> = {
  title: '# ',
  annex: '## ',
  heading: '### ',
  quote: '> ',
  item: '- ',
  table: '',
  paragraph: '',
  salutation: '',
  signature: '',
  dateline: '',
};

export function writeCanonicalMarkdown(draft: LetterDraft): CanonicalMarkdown {
  const out: string[] = [];
  const lineMap: number[] = [];
  const write = (text: string, line: number): void => {
    out.push(text);
    lineMap.push(line);
  };
  const flow = (value: unknown): string => stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();

  // Each fact maps to the furniture line it was read from, so a problem with it is reported there.
  const lineOf = (found: (entry: Furniture) => boolean): number => draft.furniture.find(found)?.line ?? 1;
  const symbols = lineOf((entry) => entry.kind === 'running-header' || (entry.kind === 'cover-block' && /\//.test(entry.text)));
  const session = lineOf((entry) => entry.kind === 'masthead' && /届会议|第.+年/.test(entry.text));
  const agenda = lineOf((entry) => entry.kind === 'masthead' && isAgendaLine(entry.text));

  write('---', 1);
  write(`source: ${flow(draft.source)}`, 1);
  write(`symbols: ${flow(draft.symbols)}`, symbols);
  write(`distributionDate: ${flow(draft.distributionDate)}`, lineOf((entry) => /Distr/.test(entry.text)));
  write(`originalLanguage: ${flow(draft.originalLanguage)}`, lineOf((entry) => /^Original\s*:/.test(entry.text)));
  write(`session: ${flow(draft.session)}`, session);
  write(`agendaItems:${draft.agendaItems.length === 0 ? ' []' : ''}`, agenda);
  for (const item of draft.agendaItems) write(`  - ${flow(item)}`, agenda);
  // Mapped to the line that prints the first mark (not to any line with a `*`: a cover block's barcode has two).
  const [firstMark] = draft.headMarks;
  if (firstMark) write(`headMarks: ${flow(draft.headMarks)}`, firstMark.on === 'symbols' ? symbols : agenda);
  write(`furniture:${draft.furniture.length === 0 ? ' []' : ''}`, 1);
  for (const entry of draft.furniture) write(`  - ${flow(entry)}`, entry.line);
  write('---', 1);

  for (const block of draft.blocks) {
    const first = firstLine(block.parts[0]);
    write('', first);
    if (block.kind === 'salutation' || block.kind === 'signature' || block.kind === 'dateline') write(`<!-- ${block.kind} -->`, first);
    if (block.kind === 'table') {
      tableRows(block.parts[0]).forEach(({ line, cells }, index) => {
        write(`| ${cells.map((cell) => renderText(cell, false)).join(' | ')} |`, line);
        if (index === 0) write(`| ${cells.map(() => '---').join(' | ')} |`, line);
      });
      continue;
    }
    const number = block.number === undefined ? '' : `${block.number}\\. `;
    block.parts.forEach((part, index) => {
      const hardBreak = index < block.parts.length - 1 ? '\\' : '';
      const prefix = index === 0 ? prefixes[block.kind] + number : '';
      // After a hard break a line could still open a list or a setext underline: escape it as a block start too.
      write(`${prefix}${renderText(part, number === '' || index > 0)}${hardBreak}`, firstLine(part));
    });
  }
  for (const footnote of draft.footnotes) {
    const line = footnote.body.origins[0]?.line ?? footnote.line;
    write('', line);
    write(`[^${footnote.label}]: ${renderText(footnote.body, true)}`, line);
  }
  return { markdown: `${out.join('\n')}\n`, lineMap };
}

/** A table's rows (its text's lines) with their source lines, each cut into its cells (tab-separated) with their marks. */
function tableRows(table: DraftText | undefined): { line: number; cells: DraftText[] }[] {
  if (table === undefined) return [];
  let start = 0;
  return table.text.split('\n').map((row) => {
    const line = [...table.origins].reverse().find((origin) => origin.offset <= start)?.line ?? 1;
    const cells = row.split('\t').map((cell) => {
      const rest = sliceDraftText(table, start);
      start += cell.length + 1;
      return { ...rest, text: cell, marks: rest.marks.filter((mark) => mark.offset + mark.length <= cell.length) };
    });
    return { line, cells };
  });
}

function firstLine(text: DraftText | undefined): number {
  return text?.origins[0]?.line ?? 1;
}

/** Escaped text with `[^label]` at each mark, the printed mark itself replaced. */
function renderText(draft: DraftText, atBlockStart: boolean): string {
  let result = '';
  let last = 0;
  for (const mark of draft.marks) {
    result += escapeSegment(draft.text.slice(last, mark.offset), atBlockStart && last === 0);
    result += `[^${mark.label}]`;
    last = mark.offset + mark.length;
  }
  return result + escapeSegment(draft.text.slice(last), atBlockStart && last === 0);
}

function escapeSegment(text: string, atBlockStart: boolean): string {
  return atBlockStart ? escapeMarkdown(text) : escapeMarkdown(`x${text}`).slice(1);
}

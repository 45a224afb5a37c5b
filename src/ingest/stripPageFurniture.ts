/**
 * Takes the page furniture out of a PDF text layer: running headers, job and
 * page numbers, footnote rules and the link lists at page foot become
 * `furniture` entries; footnote lines (between a rule and the page's end) are
 * set apart; the letter text that is left carries its layout (indent, blank
 * lines before it, whether a page break precedes it) for rebuilding paragraphs.
 */
import type { Furniture } from '../records/schema.ts';
import type { SourceLine, TextLine } from './draft.ts';
import { classifyFurnitureLine } from './classifyFurnitureLine.ts';
import { unSymbols } from './unSymbols.ts';

export interface StrippedPages {
  text: TextLine[];
  /** Footnote lines, one list per footnote area (page foot). */
  notes: TextLine[][];
  furniture: Furniture[];
  /** Symbols read from running headers, first appearance first. */
  symbols: string[];
  /** Targets listed in link lists. */
  urls: string[];
}

const linkLine = /^[a-z][a-z0-9+.-]*:\S+$/i;
const pageNumber = /^\d{1,4}(?:\/\d{1,4})?$/;

export function stripPageFurniture(lines: readonly SourceLine[]): StrippedPages {
  const result: StrippedPages = { text: [], notes: [], furniture: [], symbols: [], urls: [] };
  let area: 'text' | 'notes' | 'links' = 'text';
  let gap = 0;
  let pageBreak = false;
  let afterFurniture = false;
  const keep = (kind: Furniture['kind'], { line, text }: SourceLine): void => {
    result.furniture.push({ kind, line, text: text.trim() });
    pageBreak = true;
    afterFurniture = true;
    gap = 0;
  };

  for (const source of lines) {
    const trimmed = source.text.trim();
    if (trimmed === '') {
      gap++;
      continue;
    }
    const kind = classifyFurnitureLine(trimmed);
    if (kind === 'footnote-rule') {
      keep(kind, source);
      result.notes.push([]);
      area = 'notes';
      continue;
    }
    if (kind) {
      if (kind === 'running-header') for (const symbol of unSymbols(trimmed)) if (!result.symbols.includes(symbol)) result.symbols.push(symbol);
      keep(kind, source);
      area = 'text';
      continue;
    }
    if (afterFurniture && pageNumber.test(trimmed)) {
      keep('page-number', source);
      continue;
    }
    if (area !== 'text' && linkLine.test(trimmed)) {
      keep('link-list', source);
      result.urls.push(trimmed);
      area = 'links';
      continue;
    }
    const line = toTextLine(source, gap, pageBreak);
    const notes = result.notes.at(-1);
    // A footnote area runs until the page ends: at furniture, or where a line follows with no blank line.
    if (area === 'notes' && notes && !(gap === 0 && notes.length > 0)) {
      notes.push(line);
    } else {
      area = 'text';
      line.pageStart ||= gap === 0 && result.text.length > 0;
      result.text.push(line);
    }
    pageBreak = area === 'notes';
    afterFurniture = false;
    gap = 0;
  }
  return result;
}

function toTextLine({ line, text }: SourceLine, gapBefore: number, pageStart: boolean): TextLine {
  return { line, text: text.trimEnd(), indent: text.length - text.trimStart().length, gapBefore, pageStart };
}

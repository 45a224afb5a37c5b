/**
 * Reads the cover block a first page may carry (`联 合 国   A/61/1006–S/2007/452`,
 * organs, `Distr.: General 23 July 2007`, language, job number, barcode): the
 * letter's symbols and distribution date, every line kept as furniture.
 */
import type { Furniture, HeadMark } from '../records/schema.ts';
import type { SourceLine } from './draft.ts';
import { classifyFurnitureLine } from './classifyFurnitureLine.ts';
import { symbolMark } from './footnoteId.ts';
import { unSymbols } from './unSymbols.ts';

export interface CoverBlock {
  furniture: Furniture[];
  symbols: string[];
  /** Footnote marks printed right after the symbols (a reissue's `S/2024/212*`). */
  marks: HeadMark[];
  distributionDate: string | null;
  /** The `Original:` line's language as a record code (`en`), the word as printed when it is none of the six, null without the line. */
  originalLanguage: string | null;
  /** Index in `lines` of the first line after the cover. */
  next: number;
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const languages: Record<string, string> = { english: 'en', french: 'fr', russian: 'ru', arabic: 'ar', spanish: 'es', chinese: 'zh' };
const original = /^\s*Original\s*:\s*(.*?)\s*$/;
const markAfterSymbol = new RegExp(String.raw`(?<=[A-Za-z0-9.)])${symbolMark}+(?=[\s–—-]|$)`, 'g');
const distributed = /Distr\.?:?\s*[A-Za-z]+\s+(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/;

export function readCoverBlock(lines: readonly SourceLine[], start: number): CoverBlock {
  const first = lines.findIndex((line, index) => index >= start && line.text.trim() !== '');
  const none = { furniture: [], symbols: [], marks: [], distributionDate: null, originalLanguage: null, next: start };
  if (first < 0 || !/^\s*联\s*合\s*国/.test(lines[first]?.text ?? '')) return none;

  // The cover ends with its barcode, or failing that with its `Original:` line.
  const window = lines.slice(first, first + 30);
  const barcode = window.findIndex((line) => classifyFurnitureLine(line.text) === 'barcode');
  const originalLine = window.findIndex((line) => original.test(line.text));
  const length = (barcode >= 0 ? barcode : originalLine >= 0 ? originalLine : 0) + 1;
  const cover = window.slice(0, length).filter((line) => line.text.trim() !== '');

  const furniture = cover.map(({ line, text }) => ({
    kind: classifyFurnitureLine(text) ?? ('cover-block' as const),
    line,
    text: text.trim(),
  }));
  const language = original.exec(window[originalLine]?.text ?? '')?.[1];
  const match = distributed.exec(cover.map((line) => line.text.trim()).join(' '));
  return {
    furniture,
    symbols: unSymbols(cover[0]?.text ?? ''),
    marks: [...new Set((cover[0]?.text.trim() ?? '').match(markAfterSymbol) ?? [])].map((marker) => ({ on: 'symbols', marker })),
    distributionDate: match ? isoDate(match[3], match[2], match[1]) : null,
    originalLanguage: language === undefined ? null : (languages[language.toLowerCase()] ?? language),
    next: first + length,
  };
}

function isoDate(year = '', monthName = '', day = ''): string | null {
  const month = months.indexOf(monthName.toLowerCase()) + 1;
  if (month === 0) return null;
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

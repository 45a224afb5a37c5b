/**
 * Names the page furniture a line is by its shape alone — a running header of
 * symbols, a job number (`07-37523 5`, `21-00487 2/13`, `2/5 23-25431`, a reissue's `24-04433* 2/2`), a barcode (`*0743604*`),
 * a footnote rule — or returns null for a line that may be letter text.
 */
import type { Furniture } from '../records/schema.ts';
import { isSymbolLine } from './unSymbols.ts';

const jobNumber = /^(?:\d{1,3}(?:\/\d{1,4})?\s+)?\d{2}-\d{5}\*?(?:\s*\([A-Z]\))?(?:\s+\d{1,6}(?:\/\d{1,4})?)*$/;
const barcode = /^\*\d{6,}\*$/;
const footnoteRule = /^_{5,}$/;

export function classifyFurnitureLine(text: string): Furniture['kind'] | null {
  const line = text.trim();
  if (line === '') return null;
  if (footnoteRule.test(line)) return 'footnote-rule';
  if (barcode.test(line)) return 'barcode';
  if (jobNumber.test(line)) return 'job-number';
  if (isSymbolLine(line)) return 'running-header';
  return null;
}

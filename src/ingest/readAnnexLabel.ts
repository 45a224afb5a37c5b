/**
 * Reads an annex's label from its heading line, the last `附件…` in it (`…的信的附件一`
 * → `附件一`), and the annex id the label gives (`annex`, `annex-1`, `annex-12`…).
 */
import { parseChineseNumber } from './parseChineseNumber.ts';

const labelPattern = /附件[一二三四五六七八九十]*/g;

/** The label and id of the annex headed `heading`, or undefined when the heading names no 附件. */
export function readAnnexLabel(heading: string): { label: string; id: string } | undefined {
  const label = heading.match(labelPattern)?.at(-1);
  if (label === undefined) return undefined;
  const numeral = label.slice('附件'.length);
  return { label, id: numeral === '' ? 'annex' : `annex-${parseChineseNumber(numeral)}` };
}

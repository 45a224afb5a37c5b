/**
 * Reads an annex's label from its heading line, the last `附件…` in it (`…的信的附件一`
 * → `附件一`), and the annex id the label gives (`annex`, `annex-1`, `annex-12`…).
 */
const labelPattern = /附件[一二三四五六七八九十]*/g;
const digits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `十二` → 12, `二十一` → 21; numerals up to 九十九, as annexes are numbered. */
function chineseNumber(numeral: string): number {
  const [tens, ones] = numeral.includes('十') ? numeral.split('十') : ['', numeral];
  const tensValue = numeral.includes('十') ? (tens ? (digits[tens] ?? 0) : 1) * 10 : 0;
  return tensValue + (ones ? (digits[ones] ?? 0) : 0);
}

/** The label and id of the annex headed `heading`, or undefined when the heading names no 附件. */
export function readAnnexLabel(heading: string): { label: string; id: string } | undefined {
  const label = heading.match(labelPattern)?.at(-1);
  if (label === undefined) return undefined;
  const numeral = label.slice('附件'.length);
  return { label, id: numeral === '' ? 'annex' : `annex-${chineseNumber(numeral)}` };
}

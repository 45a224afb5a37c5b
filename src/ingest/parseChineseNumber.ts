/**
 * Reads a Chinese numeral as printed in session names (`六十一`, `七十五`, `一百零二`)
 * or plain digits; returns null for anything else.
 */
const digits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export function parseChineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[〇零一二两三四五六七八九十百千]+$/.test(text)) return null;
  let total = 0;
  let pending: number | null = null;
  for (const char of text) {
    const digit = digits[char];
    if (digit !== undefined) {
      pending = digit;
      continue;
    }
    // `十` alone means ten: a unit with no digit before it counts once.
    total += (pending ?? 1) * (units[char] ?? 0);
    pending = null;
  }
  return total + (pending ?? 0);
}

/**
 * Writes 1–9999 in Chinese numerals as session names print them
 * (61 → 六十一, 10 → 十, 110 → 一百一十, 105 → 一百零五).
 */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 9999) throw new RangeError(`no Chinese numeral for ${value}`);
  const digits = String(value).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((digit, index) => {
    const unit = UNITS[digits.length - 1 - index] ?? '';
    if (digit === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 10–19 read 十, 十一…; elsewhere 一十 keeps its 一 (一百一十).
    out += digit === 1 && unit === '十' && out === '' ? unit : `${DIGITS[digit]}${unit}`;
  });
  return out;
}

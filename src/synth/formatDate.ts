/**
 * Dates as the seed letters print them: spaced Chinese (`2007 年 6 月 7 日`, the
 * PDF text layer), compact Chinese (`2021年5月15日`, the Markdown flavour's annexes)
 * and the English distribution line of a cover block (`23 July 2007`).
 */
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function parts(isoDate: string): [number, number, number] {
  return [Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), Number(isoDate.slice(8, 10))];
}

/** `2007-06-07` → `2007 年 6 月 7 日`. */
export function spacedChineseDate(isoDate: string): string {
  const [year, month, day] = parts(isoDate);
  return `${year} 年 ${month} 月 ${day} 日`;
}

/** `2007-06-07` → `2007年6月7日`. */
export function compactChineseDate(isoDate: string): string {
  const [year, month, day] = parts(isoDate);
  return `${year}年${month}月${day}日`;
}

/** `2007-07-23` → `23 July 2007`. */
export function englishDate(isoDate: string): string {
  const [year, month, day] = parts(isoDate);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** The ISO date `days` after `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

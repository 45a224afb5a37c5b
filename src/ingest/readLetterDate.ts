/** Reads the letter date from a title such as `2007 年 6 月 7 日阿塞拜疆常驻联合国代表给秘书长的信`. */
const datePattern = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;

export type LetterDateReading = { date: string } | { problem: string };

/** The one `YYYY-MM-DD` date the title states, or what is wrong (no date, two different dates, not a calendar date). */
export function readLetterDate(title: string): LetterDateReading {
  const dates = new Set(
    [...title.matchAll(datePattern)].map(([, year = '', month = '', day = '']) => `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`),
  );
  const [date, other] = dates;
  if (date === undefined) return { problem: 'the title states no date (`YYYY 年 M 月 D 日`)' };
  if (other !== undefined) return { problem: `the title states two different dates, ${date} and ${other}` };
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || !parsed.toISOString().startsWith(date)) return { problem: `${date} is not a calendar date` };
  return { date };
}

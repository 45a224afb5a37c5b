/** Writes an ISO date the way the letters print it: `2007-06-07` → `2007 年 6 月 7 日`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year} 年 ${month} 月 ${day} 日`;
}

/** Names a General Assembly session as the letters print it: 61 → `第六十一届会议`. */
import { chineseNumeral } from './chineseNumeral.ts';

export function sessionLabel(session: number): string {
  return `第${chineseNumeral(session)}届会议`;
}

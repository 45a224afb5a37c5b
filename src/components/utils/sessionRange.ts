/**
 * Names the General Assembly sessions a topic spans, as a range: `第 61–75 届`
 * (`第 61 届` for one session; `届次未载明` when no letter states its session).
 * Gaps are not listed: the topic page's table shows each session.
 */
export function sessionRange(sessions: readonly (number | null)[]): string {
  const known = sessions.filter((session): session is number => session !== null);
  if (known.length === 0) return '届次未载明';
  const first = Math.min(...known);
  const last = Math.max(...known);
  return first === last ? `第 ${first} 届` : `第 ${first}–${last} 届`;
}

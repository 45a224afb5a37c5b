/** The id of the n-th footnote mark (1-based) in the block or footnote `ownerId`: the target of a footnote's back link. */
export function footnoteRefId(ownerId: string, n: number): string {
  return `fnref-${ownerId}-${n}`;
}

/** The id of the n-th footnote mark (1-based) the letter head prints after the symbols or the agenda label (a reissue's `*`, `临时议程*`). */
export function headMarkRefId(on: string, n: number): string {
  return footnoteRefId(`letter-head-${on}`, n);
}

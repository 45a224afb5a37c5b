/** The id of the n-th footnote mark (1-based) in the block or footnote `ownerId`: the target of a footnote's back link. */
export function footnoteRefId(ownerId: string, n: number): string {
  return `fnref-${ownerId}-${n}`;
}

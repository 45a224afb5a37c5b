/**
 * The page numbers a pagination bar shows: the first, the last, and the current
 * page with two on either side, a gap (`null`) where numbers are left out, so the
 * bar stays one short line however long the listing grows.
 */
export function pageNumbers(current: number, count: number): (number | null)[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, count])]
    .filter((number) => number >= 1 && number <= count)
    .sort((a, b) => a - b);
  // A gap of exactly one page shows that page rather than an ellipsis standing for it.
  return shown.flatMap((number, index) => {
    const before = shown[index - 1];
    if (before === undefined || number === before + 1) return [number];
    return number === before + 2 ? [before + 1, number] : [null, number];
  });
}

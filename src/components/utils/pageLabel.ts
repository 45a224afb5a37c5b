/** What a listing page adds to its title and heading: nothing on page 1, `（第 2/7 页）` after it. */
export function pageLabel(page: { number: number; count: number }): string {
  return page.number === 1 ? '' : `（第 ${page.number}/${page.count} 页）`;
}

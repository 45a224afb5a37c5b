/** The CSL-JSON file holding the letters of `letterDate`'s month, from the site root: `/api/csl/2007-06.json`. */
export function cslFileOf(letterDate: string): string {
  return `/api/csl/${letterDate.slice(0, 7)}.json`;
}

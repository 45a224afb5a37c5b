/** Turns text into an id slug: lower-case, each run of characters other than a–z and 0–9 becomes one `-`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

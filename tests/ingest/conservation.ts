/**
 * Test helper: the non-whitespace characters of a seed, and those of its
 * canonical Markdown's text plus furniture, as counts — equal when nothing was
 * dropped or invented. Markup of the Markdown flavour (`## `, `<sup>`, `[…](#)`)
 * is not text; footnote labels are (they are the printed marks).
 */
import { readCanonical } from './readCanonical.ts';

export function countChars(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text.replace(/\s+/g, '')) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

export function seedChars(text: string, markdownFlavour: boolean): Map<string, number> {
  const plain = markdownFlavour ? text.replace(/^#{1,6}[ \t]/gm, '').replace(/<\/?sup>/g, '').replace(/\[([^\]\n]+)\]\(#?\)/g, '$1') : text;
  return countChars(plain);
}

export function canonicalChars(markdown: string): Map<string, number> {
  const letter = readCanonical(markdown);
  return countChars(
    [
      ...letter.front.furniture.map((entry) => entry.text),
      ...letter.blocks.flatMap((block) => [block.text, ...block.marks]),
      ...letter.footnotes.flatMap((note) => [note.label, note.text]),
    ].join(''),
  );
}

/** Characters whose counts differ, with seed and Markdown counts: empty when conserved. */
export function countDifferences(seed: Map<string, number>, markdown: Map<string, number>): string[] {
  const chars = new Set([...seed.keys(), ...markdown.keys()]);
  return [...chars].filter((char) => seed.get(char) !== markdown.get(char)).map((char) => `${char}: ${seed.get(char) ?? 0} → ${markdown.get(char) ?? 0}`);
}

/**
 * A table block's cells, row by row (the first row its header), each with the links
 * and footnote marks that fall in it, their offsets counted from the cell's start.
 */
import type { Block, FootnoteRef, Link } from '../../records/schema.ts';

export interface TableCell {
  text: string;
  links: Link[];
  footnotes: FootnoteRef[];
}

export function tableCells({ text, links = [], footnotes = [] }: Pick<Block, 'text' | 'links' | 'footnotes'>): TableCell[][] {
  let start = 0;
  return text.split('\n').map((row) =>
    row.split('\t').map((cell) => {
      const from = start;
      const to = from + cell.length;
      start = to + 1;
      return {
        text: cell,
        links: links.filter((link) => link.start >= from && link.end <= to).map((link) => ({ ...link, start: link.start - from, end: link.end - from })),
        footnotes: footnotes.filter((ref) => ref.offset >= from && ref.offset <= to).map((ref) => ({ ...ref, offset: ref.offset - from })),
      };
    }),
  );
}

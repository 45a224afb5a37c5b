/**
 * Parses canonical Markdown into mdast: YAML front matter, CommonMark, and of GFM
 * only its footnotes and tables (README, "Canonical Markdown"). GFM's other syntax is left
 * out on purpose: canonical text is literal, and a bare URL read as a GFM autolink keeps the
 * backslashes that escape its punctuation (`a\_b`), and tildes would strike text through —
 * both would change what the letter says. A table needs its delimiter row (`| --- |`), and
 * the writer escapes every `|` of the text, so no text turns into one.
 */
import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/** Adds GFM footnote (`[^1]`, `[^1]: …`) and table syntax to remark-parse, as remark-gfm would with its other syntax. */
function remarkGfmFootnotesAndTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmTableFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmFootnotesAndTables);

/** The mdast of one letter's canonical Markdown; parsing never fails, checking is left to the readers. */
export function parseCanonicalMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}

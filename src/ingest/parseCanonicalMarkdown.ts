/**
 * Parses canonical Markdown into mdast: YAML front matter, CommonMark, and of GFM
 * only its footnotes (README, "Canonical Markdown"). GFM's other syntax is left out on
 * purpose: canonical text is literal, and a bare URL read as a GFM autolink keeps the
 * backslashes that escape its punctuation (`a\_b`), tildes would strike text through,
 * and pipes would make tables — all would change what the letter says.
 */
import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/** Adds GFM footnote syntax (`[^1]`, `[^1]: …`) to remark-parse, as remark-gfm would with its other syntax. */
function remarkGfmFootnotes(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmFootnotes);

/** The mdast of one letter's canonical Markdown; parsing never fails, checking is left to the readers. */
export function parseCanonicalMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}

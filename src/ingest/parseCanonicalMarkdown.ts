/** Parses canonical Markdown (YAML front matter, CommonMark, GFM footnotes) into mdast. */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** The mdast of one letter's canonical Markdown; parsing never fails, checking is left to the readers. */
export function parseCanonicalMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}

/**
 * Test helper: reads canonical Markdown back the way CommonMark + GFM do, into
 * front matter and a flat list of blocks (kind, text, footnote labels), so tests
 * assert what stage 2 will see rather than the Markdown's spelling.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';
import type { LetterDraft } from '../../src/ingest/draft.ts';

/** The draft's metadata, as the front matter carries it. */
export type FrontMatter = Omit<LetterDraft, 'blocks' | 'footnotes'>;

export interface ReadBlock {
  kind: string;
  depth?: number;
  text: string;
  marks: string[];
  /** The `<!-- kind -->` comment before it, if any. */
  comment?: string;
}

export interface ReadCanonical {
  tree: Root;
  front: FrontMatter;
  blocks: ReadBlock[];
  footnotes: { label: string; text: string }[];
}

export function readCanonical(markdown: string): ReadCanonical {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).parse(markdown);
  // A hard break reads as a line end, so a signature's lines stay apart.
  visit(tree, 'break', (_, index, parent) => {
    if (parent && index !== undefined) parent.children[index] = { type: 'text', value: '\n' };
  });
  let front: FrontMatter | undefined;
  const blocks: ReadBlock[] = [];
  const footnotes: { label: string; text: string }[] = [];
  let comment: string | undefined;
  for (const node of tree.children) {
    if (node.type === 'yaml') front = parse(node.value) as FrontMatter;
    else if (node.type === 'html') comment = /<!--\s*(\w+)\s*-->/.exec(node.value)?.[1];
    else if (node.type === 'footnoteDefinition') footnotes.push({ label: node.label ?? node.identifier, text: toString(node) });
    else {
      blocks.push({ kind: node.type, depth: node.type === 'heading' ? node.depth : undefined, text: toString(node), marks: marksOf(node), comment });
      comment = undefined;
    }
  }
  if (!front) throw new Error('no front matter');
  return { tree, front, blocks, footnotes };
}

function marksOf(node: RootContent): string[] {
  const marks: string[] = [];
  visit(node, 'footnoteReference', (reference) => {
    marks.push(reference.label ?? reference.identifier);
  });
  return marks;
}

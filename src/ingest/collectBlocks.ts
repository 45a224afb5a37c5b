/**
 * Walks a letter's mdast in order and collects its parts: the `# ` title, the body's
 * blocks, each `## ` annex with its blocks, and the footnote definitions. Each part keeps
 * its markdown line so later stages can locate errors in the seed.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { BlockKind } from '../records/schema.ts';
import { itemMarker } from './blockShapes.ts';
import { locatedMessage, type SourceContext } from './locatedMessage.ts';
import { toPlainText, type FootnoteMark } from './toPlainText.ts';

export interface DraftBlock {
  kind: BlockKind;
  /** The printed paragraph number, taken off the text. */
  number?: number;
  /** A list item's printed bullet or number (`•`, `1.`), taken off the text. */
  bullet?: string;
  text: string;
  marks: FootnoteMark[];
  line: number;
}

export interface DraftAnnex {
  heading: string;
  line: number;
  blocks: DraftBlock[];
}

export interface DraftFootnote {
  label: string;
  identifier: string;
  text: string;
  line: number;
}

export interface DraftLetter {
  title: { text: string; line: number };
  body: DraftBlock[];
  annexes: DraftAnnex[];
  footnotes: DraftFootnote[];
}

const kindComment = /^<!--\s*(\S+)\s*-->$/;
const commentKinds = new Set<BlockKind>(['salutation', 'signature', 'dateline']);
/** `N. ` at the start of a paragraph: the source printed paragraph number N (written `N\. `). */
const printedNumber = /^(\d{1,4})\. /;

/** The title, sections and footnotes of a letter's mdast; throws a located message for anything out of place. */
export function collectBlocks(tree: Root, context: SourceContext): DraftLetter {
  let title: DraftLetter['title'] | undefined;
  const body: DraftBlock[] = [];
  const annexes: DraftAnnex[] = [];
  const footnotes: DraftFootnote[] = [];
  let pendingKind: { kind: BlockKind; line: number } | undefined;

  const lineOf = (node: RootContent) => node.position?.start.line ?? 1;
  const fail = (node: RootContent, reason: string, ruleId = 'unsupported-markdown') =>
    locatedMessage(context, reason, lineOf(node), node.position?.start.column, ruleId);
  const current = () => annexes.at(-1)?.blocks ?? body;
  const add = (node: RootContent, kind: BlockKind, children: Parameters<typeof toPlainText>[0]) => {
    if (!title) throw fail(node, 'letter text before the `# ` title', 'text-before-title');
    const { text, marks } = toPlainText(children, context);
    const block: DraftBlock = { kind: pendingKind?.kind ?? kind, text, marks, line: lineOf(node) };
    pendingKind = undefined;
    const numbered = block.kind === 'paragraph' ? printedNumber.exec(text) : null;
    const bulleted = block.kind === 'item' ? itemMarker.exec(text) : null;
    const printed = numbered ?? bulleted;
    if (printed) {
      if (numbered) block.number = Number(numbered[1]);
      if (bulleted) block.bullet = bulleted[0].trim();
      block.text = text.slice(printed[0].length);
      block.marks = marks.map((mark) => ({ ...mark, offset: Math.max(0, mark.offset - printed[0].length) }));
    }
    if (block.text.trim() === '') throw fail(node, `empty ${block.kind}`, 'empty-block');
    current().push(block);
  };

  tree.children.forEach((node, index) => {
    switch (node.type) {
      case 'yaml':
        if (index !== 0) throw fail(node, 'front matter must open the file');
        return;
      case 'heading': {
        const { text, marks } = toPlainText(node.children, context);
        if (node.depth === 1) {
          if (title) throw fail(node, `a second \`# \` title (the first is on line ${context.lineMap?.[title.line - 1] ?? title.line})`, 'two-titles');
          if (marks.length > 0 || text.trim() === '') throw fail(node, 'the title must be plain, non-empty text', 'bad-title');
          // A title names the letter; a sentence in its place means the seed's title line is missing.
          if (/[。！？]\s*$/.test(text)) throw fail(node, 'the title is a sentence, not a title line: is the title missing?', 'bad-title');
          title = { text, line: lineOf(node) };
        } else if (node.depth === 2) {
          if (!title) throw fail(node, 'annex before the `# ` title', 'text-before-title');
          if (pendingKind) throw fail(node, `\`<!-- ${pendingKind.kind} -->\` must stand before a paragraph`, 'bad-kind-comment');
          annexes.push({ heading: text, line: lineOf(node), blocks: [] });
        } else if (node.depth === 3) {
          add(node, 'heading', node.children);
        } else {
          throw fail(node, `heading level ${node.depth}: canonical Markdown uses \`#\`, \`##\` and \`###\` only`);
        }
        return;
      }
      case 'paragraph':
        add(node, 'paragraph', node.children);
        return;
      case 'blockquote': {
        const paragraphs = node.children.map((child) => {
          if (child.type !== 'paragraph') throw fail(child, `\`${child.type}\` inside a quotation`);
          return child;
        });
        // A quotation of several paragraphs is one block; its paragraphs are its lines.
        const children = paragraphs.flatMap((paragraph, i) =>
          i === 0 ? paragraph.children : [{ type: 'break' as const }, ...paragraph.children],
        );
        add(node, 'quote', children);
        return;
      }
      case 'list':
        // A numbered paragraph is written `N\. `: an ordered list is a paragraph number left unescaped.
        if (node.ordered) throw fail(node, 'an ordered list: a numbered paragraph is written `N\\. text`, a list `- item`');
        for (const item of node.children) {
          const [paragraph, ...more] = item.children;
          if (paragraph?.type !== 'paragraph' || more.length > 0) throw fail(item, 'a list item holds one line of text, with no paragraphs or lists inside it');
          add(item, 'item', paragraph.children);
        }
        return;
      case 'table': {
        // GFM reads a row with more cells than the header by dropping the rest, and pads a shorter one: text lost or invented.
        const width = node.children[0]?.children.length ?? 0;
        const uneven = node.children.find((row) => row.children.length !== width);
        if (uneven) throw fail(uneven, `a table row of ${uneven.children.length} cells under a header of ${width}`, 'bad-table');
        const tabbed = node.children.flatMap((row) => row.children).find((cell) => /[\t\n]/.test(toString(cell)));
        if (tabbed) throw fail(tabbed, 'a tab or a line break inside a table cell', 'bad-table');
        // One block: its rows one per line, cells apart by a tab, so that marks keep their offsets in its text.
        const children = node.children.flatMap((row, rowIndex) =>
          row.children.flatMap((cell, cellIndex) => [
            ...(cellIndex > 0 ? [{ type: 'text' as const, value: '\t' }] : rowIndex > 0 ? [{ type: 'text' as const, value: '\n' }] : []),
            ...cell.children,
          ]),
        );
        add(node, 'table', children);
        return;
      }
      case 'html': {
        const comment = kindComment.exec(node.value.trim());
        if (comment) {
          const kind = comment[1] as BlockKind;
          if (!commentKinds.has(kind)) throw fail(node, `unknown block kind \`${comment[1]}\` (expected salutation, signature or dateline)`, 'bad-kind-comment');
          if (pendingKind) throw fail(node, 'two kind comments before one block', 'bad-kind-comment');
          pendingKind = { kind, line: lineOf(node) };
          return;
        }
        // Raw HTML is letter text that happens to look like markup: kept literally.
        add(node, 'paragraph', [node]);
        return;
      }
      case 'footnoteDefinition': {
        const paragraphs = node.children.map((child) => {
          if (child.type !== 'paragraph') throw fail(child, `\`${child.type}\` inside a footnote`);
          return child;
        });
        const children = paragraphs.flatMap((paragraph, i) =>
          i === 0 ? paragraph.children : [{ type: 'break' as const }, ...paragraph.children],
        );
        const { text, marks } = toPlainText(children, context);
        if (marks.length > 0) throw fail(node, 'a footnote cannot carry a footnote mark', 'bad-footnote');
        if (text.trim() === '') throw fail(node, `footnote \`${node.label ?? node.identifier}\` is empty`, 'bad-footnote');
        footnotes.push({ label: node.label ?? node.identifier, identifier: node.identifier, text, line: lineOf(node) });
        return;
      }
      default:
        throw fail(node, `\`${node.type}\` is not allowed in canonical Markdown (escape the Markdown syntax)`);
    }
  });

  if (!title) throw locatedMessage(context, 'no `# ` title: a letter needs a title line', 1, undefined, 'no-title');
  if (pendingKind) throw locatedMessage(context, `\`<!-- ${pendingKind.kind} -->\` is not followed by a block`, pendingKind.line, undefined, 'bad-kind-comment');
  return { title, body, annexes, footnotes };
}

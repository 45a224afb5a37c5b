/**
 * Flattens a block's inline mdast into plain text: marks (emphasis, links) give up
 * their syntax but keep their text, a hard break is a newline, inline HTML is kept
 * literally as text (pages escape it), and footnote marks become offsets.
 */
import type { Nodes } from 'mdast';
import { locatedMessage, type SourceContext } from './locatedMessage.ts';

/** A footnote mark: the label written in `[^label]` and the text offset it follows. */
export interface FootnoteMark {
  label: string;
  /** The label as GFM matches it to its definition (case and spacing normalised). */
  identifier: string;
  offset: number;
  line: number;
}

export interface PlainText {
  text: string;
  marks: FootnoteMark[];
}

/** Plain text and footnote marks of `nodes`; throws a located message for constructs a letter cannot hold. */
export function toPlainText(nodes: readonly Nodes[], context: SourceContext): PlainText {
  const result: PlainText = { text: '', marks: [] };
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        result.text += node.value;
        return;
      case 'break':
        result.text += '\n';
        return;
      case 'footnoteReference':
        result.marks.push({ label: node.label ?? node.identifier, identifier: node.identifier, offset: result.text.length, line: node.position?.start.line ?? 1 });
        return;
      case 'link': {
        // An autolink `<https://…>` or a `[text](#)` placeholder says nothing beyond its text;
        // any other target would be lost, so it is refused.
        const text = node.children.map((child) => ('value' in child ? child.value : '')).join('');
        if (node.url !== '#' && node.url !== text && node.url !== `mailto:${text}`) {
          throw locatedMessage(context, `link target \`${node.url}\` would be lost: write the URL as plain text`, node.position?.start.line, node.position?.start.column, 'unsupported-markdown');
        }
        node.children.forEach(visit);
        return;
      }
      case 'emphasis':
      case 'strong':
      case 'paragraph':
        node.children.forEach(visit);
        return;
      default:
        // Images, lists, tables… would lose their targets or structure: refuse rather than drop.
        throw locatedMessage(
          context,
          `\`${node.type}\` is not allowed in a letter's text (escape the Markdown syntax)`,
          node.position?.start.line,
          node.position?.start.column,
          'unsupported-markdown',
        );
    }
  };
  nodes.forEach(visit);
  return result;
}

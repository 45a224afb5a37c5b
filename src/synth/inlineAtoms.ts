/**
 * Atoms of a paragraph's runs for wrapping: a footnote mark is glued to the
 * character before it (`。3`), as the text layer prints it, and followed by a
 * space when text goes on, so a break can never separate a mark from its sentence.
 */
import type { Inline } from './letterModel.ts';
import { atomsOf } from './wrapText.ts';

export interface InlineAtoms {
  atoms: string[];
  /** Which atom carries each footnote mark or cited symbol, in order. */
  anchors: { atom: number; part: Inline }[];
}

export function inlineAtoms(parts: readonly Inline[]): InlineAtoms {
  const atoms: string[] = [];
  const anchors: InlineAtoms['anchors'] = [];
  for (const [index, part] of parts.entries()) {
    if (part.kind === 'mark') {
      const previous = atoms.pop() ?? '';
      anchors.push({ atom: atoms.length, part });
      atoms.push(previous + part.marker);
      if (index < parts.length - 1) atoms.push(' ');
    } else {
      if (part.kind === 'cite') anchors.push({ atom: atoms.length, part });
      atoms.push(...atomsOf(part.kind === 'text' ? part.text : part.symbol));
    }
  }
  return { atoms, anchors };
}

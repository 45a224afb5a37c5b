/**
 * The letter as stage 1 understands it before it is written out as canonical
 * Markdown: both source flavours are read into this shape, and one writer
 * turns it into the middle form. Texts here are plain source text, unescaped.
 */
import type { AgendaItem, Furniture, HeadMark, Session } from '../records/schema.ts';

/** One line of the seed file: its 1-based number and its text without trailing spaces. */
export interface SourceLine {
  line: number;
  text: string;
}

/** A line of letter text on its way into a block, with what its page layout says. */
export interface TextLine extends SourceLine {
  /** Leading spaces. */
  indent: number;
  /** Blank lines between it and the previous text line. */
  gapBefore: number;
  /** A page break (furniture, footnotes or a missing blank line) stands before it. */
  pageStart: boolean;
  /** A removed footnote-mark line stood before it: it continues the previous line whatever its indent. */
  continuesPrevious?: boolean;
  /** Footnote marks printed at the end of this line (the `*` lines of 001), by label. */
  marksAfter?: string[];
}

/** A footnote mark in a text: `length` source characters at `offset` are the printed mark (0 when the source used markup). */
export interface DraftMark {
  offset: number;
  length: number;
  label: string;
}

/** A text with the source line each stretch of it came from. */
export interface DraftText {
  text: string;
  /** Where each source line starts in `text`, in order. */
  origins: { offset: number; line: number }[];
  marks: DraftMark[];
}

export type DraftKind = 'title' | 'annex' | 'heading' | 'paragraph' | 'quote' | 'item' | 'table' | 'salutation' | 'signature' | 'dateline';

export interface DraftBlock {
  kind: DraftKind;
  /** The printed paragraph number, already cut from the start of `parts[0]`. */
  number?: number;
  /** One text, or for a signature one per printed line. */
  parts: DraftText[];
}

export interface DraftFootnote {
  label: string;
  line: number;
  body: DraftText;
}

export interface LetterDraft {
  source: string;
  symbols: string[];
  distributionDate: string | null;
  /** From the cover block's `Original:` line (`en`…), the word as printed when it is no known language. */
  originalLanguage: string | null;
  session: Session;
  agendaItems: AgendaItem[];
  /** Footnote marks the heading block prints after the symbols or on the agenda line. */
  headMarks: HeadMark[];
  furniture: Furniture[];
  blocks: DraftBlock[];
  footnotes: DraftFootnote[];
}

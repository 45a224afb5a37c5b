/**
 * Hard-wraps text the way the seeds' PDF text layer is wrapped: a full-width
 * character counts two columns and an ASCII one one; ASCII runs (Latin words,
 * numbers, UN symbols) never split; a space at a break stays at the end of the
 * line it follows; and no line starts with closing punctuation or anything a
 * reader of the text layer could take for a new paragraph, footnote or number.
 */

/** Characters a line may not start with (Chinese line-breaking rules). */
const NO_LINE_START = /^[，。、；：！？）》」』”’)\]…—\-·]/;
/** Characters a line may not end with. */
const NO_LINE_END = /[“‘《（(「『]$/;

export interface WrapOptions {
  /** Columns per line. */
  width: number;
  /** Prefix of the first line (a paragraph's indent, a footnote's marker). */
  first?: string;
  /** Forbid continuation lines starting with a digit (where a digit would read as a footnote marker). */
  noDigitStart?: boolean;
}

/** Splits text into unbreakable atoms: ASCII runs, spaces, single other characters. */
export function atomsOf(text: string): string[] {
  return text.match(/[\x21-\x7e]+| +|[^\x00-\x7f]/gu) ?? [];
}

/** Display width in columns. */
export function columns(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x80 ? 1 : 2;
  return width;
}

/** A wrapped line and the atoms it holds (`atoms[start..end)`). */
export interface WrappedLine {
  text: string;
  start: number;
  end: number;
}

/** Wraps atoms into lines no wider than `width`, except where a rule forces an atom onto a full line. */
export function wrapAtoms(atoms: readonly string[], { width, first = '', noDigitStart = false }: WrapOptions): WrappedLine[] {
  const lines: WrappedLine[] = [];
  let line: WrappedLine = { text: first, start: 0, end: 0 };
  let used = columns(first);
  for (const [index, atom] of atoms.entries()) {
    const size = columns(atom);
    if (used + size > width && mayStartLine(atom, noDigitStart) && line.text.trim() !== '') {
      // An opening quote or bracket moves down to the line it opens.
      const carried = NO_LINE_END.test(line.text) && line.end - line.start > 1 ? line.text.slice(-1) : '';
      lines.push({ ...line, text: line.text.slice(0, line.text.length - carried.length), end: line.end - (carried ? 1 : 0) });
      line = { text: carried, start: index - (carried ? 1 : 0), end: index };
      used = columns(carried);
    }
    line.text += atom;
    line.end = index + 1;
    used += size;
  }
  if (line.text !== '') lines.push(line);
  return lines;
}

/** Whether a line may start with `atom` (asked only where a line must break: most atoms never are). */
function mayStartLine(atom: string, noDigitStart: boolean): boolean {
  return !/^ +$/.test(atom) && !NO_LINE_START.test(atom) && !/^\d+\.$/.test(atom) && !(noDigitStart && /^\d/.test(atom));
}

/** Just the text of the wrapped lines. */
export function wrapText(text: string, options: WrapOptions): string[] {
  return wrapAtoms(atomsOf(text), options).map((line) => line.text);
}

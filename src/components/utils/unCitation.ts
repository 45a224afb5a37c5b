/**
 * A citation in the UN's style with its permalink: the letter (see citationBase.ts),
 * then the annex, then the printed paragraph number, then the URL —
 * `A/61/947-S/2007/339，附件一，第 8 段，https://…/#annex-1-p8`. A block the source
 * does not number is cited by its section; the URL points at the block itself.
 * Shared by the page (the letter's citation) and its script (each block's).
 */
export interface CitationParts {
  /** The letter: its symbols, or its title and date. */
  base: string;
  /** The annex as printed (`附件一`), when the block is in one. */
  annex?: string;
  /** The paragraph number the source prints. */
  paragraph?: number;
  /** The permalink. */
  url: string;
}

export function unCitation({ base, annex, paragraph, url }: CitationParts): string {
  return [base, annex, paragraph === undefined ? undefined : `第 ${paragraph} 段`, url].filter((part) => part !== undefined && part !== '').join('，');
}

/**
 * What a synthetic letter says, before it is printed in either seed flavour.
 * The renderers turn it into text; the tests compare the ingest's records with it.
 */

/** A run of a paragraph: plain text, a footnote mark, or a cited UN symbol. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'mark'; marker: string }
  | { kind: 'cite'; symbol: string };

export interface SynthParagraph {
  /** The printed paragraph number, where the letter prints one. */
  number?: number;
  parts: Inline[];
}

export interface SynthFootnote {
  marker: string;
  parts: Inline[];
}

export interface SynthAnnex {
  /** `附件`, `附件一`, … */
  label: string;
  /** The annex's own title, printed under its heading line. */
  title: string;
  paragraphs: SynthParagraph[];
  /** Place and date line closing the annex (`2025 年 5 月 21 日，安卡拉`), if any. */
  dateline: string | null;
}

export interface AgendaItemText {
  number: number;
  title: string;
}

export type Flavour = 'pdf' | 'markdown';

export interface SynthLetter {
  fileName: string;
  flavour: Flavour;
  /** The symbols the letter states (the record must carry exactly these), `[]` for none. */
  symbols: string[];
  letterDate: string;
  /** Only letters printed with a cover block state one. */
  distributionDate: string | null;
  session: { generalAssembly: number; securityCouncilYear: number };
  agendaItems: AgendaItemText[];
  title: string;
  salutation: string | null;
  body: SynthParagraph[];
  signature: string[];
  dateline: string | null;
  annexes: SynthAnnex[];
  footnotes: SynthFootnote[];
  /** The UN job number printed in running headers and the cover block (`07-37523`). */
  jobNumber: string;
  /** Whether the PDF text starts with a cover block (which then states the symbols). */
  coverBlock: boolean;
}

/** The plain text of inline runs, as a reader sees it (marks excluded). */
export function plainText(parts: readonly Inline[]): string {
  return parts.map((part) => (part.kind === 'text' ? part.text : part.kind === 'cite' ? part.symbol : '')).join('');
}

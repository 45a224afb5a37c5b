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
  /** The heading as printed (`…的信的附件一`, or just `附件二`). */
  heading: string;
  /** The heading's printed lines: one, or the 2–3 it wraps over (PDF text only). */
  headingLines: string[];
  /** The annex's own title, printed under its heading line. */
  title: string;
  paragraphs: SynthParagraph[];
  /** A list printed one item per line after the last paragraph, which leads into it (`以下国家赞同本声明：`): the states that endorse a statement; empty for most annexes. */
  items: string[];
  /** Place and date line closing the annex (`2025 年 5 月 21 日，安卡拉`), if any. */
  dateline: string | null;
}

export interface AgendaItemText {
  number: number;
  title: string;
}

export type Flavour = 'pdf' | 'markdown';

/** The record contract's kinds and sender roles (src/records/schema.ts). */
export type LetterKind = 'letter' | 'identical-letters' | 'note-verbale';
export type SenderRole = 'permanent-representative' | 'charge-daffaires' | 'mission' | 'minister' | 'head-of-state' | 'secretary-general' | 'other';

export interface SynthSender {
  /** As printed in the title: `阿塞拜疆常驻联合国代表团临时代办`. */
  text: string;
  /** The state's UN Chinese short name; null for a UN official. */
  state: string | null;
  /** ISO 3166-1 alpha-3; null for a UN official. */
  code: string | null;
  role: SenderRole;
  /** The group a representative writes for as its chair (`77 国集团和中国主席`), printed `…以<capacity>的身份`. */
  capacity?: string;
}

/** Which organs head the first page: both (as the seeds), the Assembly alone, or the Council alone. */
export type Masthead = 'general-assembly-and-security-council' | 'general-assembly' | 'security-council';

export type OriginalLanguage = 'en' | 'fr' | 'ru' | 'ar' | 'es' | 'zh';

export interface SynthLetter {
  fileName: string;
  flavour: Flavour;
  /** The symbols the letter states (the record must carry exactly these), `[]` for none. */
  symbols: string[];
  letterDate: string;
  /** Only letters printed with a cover block state one. */
  distributionDate: string | null;
  /** The sessions the masthead prints (null where it prints none: the Council alone, an emergency special session). */
  session: { generalAssembly: number | null; securityCouncilYear: number | null };
  masthead: Masthead;
  /** `10` for a letter of the tenth emergency special session (`A/ES-10/…`), whose masthead names it instead of a regular session. */
  emergencySession: number | null;
  agendaItems: AgendaItemText[];
  kind: LetterKind;
  /** As printed, in order: `["秘书长", "安全理事会主席"]`. */
  addressees: string[];
  sender: SynthSender;
  /** Who signed, null for an unsigned note verbale. */
  signatory: { name: string; titles: string[] } | null;
  /** From the cover block's `Original:` line; null without a cover block. */
  originalLanguage: OriginalLanguage | null;
  title: string;
  /** The title as printed: one line, or the 2–3 lines it wraps over. */
  titleLines: string[];
  salutation: string | null;
  body: SynthParagraph[];
  signature: string[];
  dateline: string | null;
  annexes: SynthAnnex[];
  footnotes: SynthFootnote[];
  /** A provisional agenda's mark: the masthead prints `临时议程*项目 …` and the first page's foot `* A/<session>/150。`; null for most letters. */
  agendaMark: SynthFootnote | null;
  /** The UN job number printed in running headers and the cover block (`07-37523`). */
  jobNumber: string;
  /** Whether the PDF text starts with a cover block (which then states the symbols). */
  coverBlock: boolean;
}

/** The plain text of inline runs, as a reader sees it (marks excluded). */
export function plainText(parts: readonly Inline[]): string {
  return parts.map((part) => (part.kind === 'text' ? part.text : part.kind === 'cite' ? part.symbol : '')).join('');
}

/**
 * The letter record: what ingest produces from one seed file and what every
 * page and the search index read. Pages never re-parse source text; whatever
 * they show is in here.
 */
import { z } from 'zod';

/** `YYYY-MM-DD`, a real calendar date. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'not a calendar date');

/** An id usable as a URL fragment and path segment: lower-case ASCII, digits, dashes. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug');

/** A span of a block's text that links somewhere: a cited UN symbol or a plain URL. */
export const Link = z
  .object({
    /** Offset of the first character in `text` (UTF-16 code units, as JS strings count). */
    start: z.number().int().nonnegative(),
    /** Offset one past the last character. */
    end: z.number().int().positive(),
    /** Where the source points: `https://undocs.org/zh/<symbol>` for a symbol, the URL itself for a URL. */
    href: z.string().url(),
    /** The UN symbol the span cites, normalised (`S/RES/822(1993)`), when it is a citation. */
    symbol: z.string().optional(),
  })
  .refine((link) => link.end > link.start, 'link end must follow its start');

/** Where a footnote mark stands in a block's text. */
export const FootnoteRef = z.object({
  /** The footnote's `id` in `record.footnotes`. */
  id: Slug,
  /** Offset in `text` just after which the mark is printed. */
  offset: z.number().int().nonnegative(),
});

export const BlockKind = z.enum([
  'heading',
  'paragraph',
  'quote',
  /** One item of a list printed one item per line after a lead-in (`以下国家赞同本声明：` / `阿尔巴尼亚` / `安道尔`). */
  'item',
  /** A table: its rows one per line of `text`, the first its header, cells apart by a tab. */
  'table',
  'salutation',
  'signature',
  'dateline',
]);

/** One citable unit of text: a paragraph, heading, quotation, signature line… */
export const Block = z.object({
  /** Stable across rebuilds of the same source; unique within the letter; used as the URL fragment. */
  id: Slug,
  kind: BlockKind,
  /** The paragraph number printed in the source (`8.`), only where the source prints one. */
  number: z.number().int().positive().optional(),
  /** The marker printed before a list item, a bullet (`•`) or a numbered list's number (`1.`), only where the source prints one. */
  bullet: z.string().min(1).max(4).optional(),
  /** Plain text, without the printed number or bullet and without footnote marks. */
  text: z.string().min(1),
  footnotes: z.array(FootnoteRef).optional(),
  links: z.array(Link).optional(),
});

export const Annex = z.object({
  /** `annex` for an unnumbered 附件, `annex-1` for 附件一, … */
  id: Slug,
  /** As printed: `附件`, `附件一`, `附件二`… */
  label: z.string().min(1),
  /** The annex's heading line as printed (`2007 年 6 月 7 日…的信的附件一`). */
  heading: z.string().min(1),
  /** The annex's own title (its last heading before the first paragraph), or null when it has none. */
  title: z.string().min(1).nullable(),
  blocks: z.array(Block),
});

/** Where the heading block prints a footnote mark: after the document's symbols (a reissue's `S/2024/212*`) or on its agenda line (`临时议程*项目 71`). */
export const HeadMarkPlace = z.enum(['symbols', 'agenda']);

/** A footnote mark the heading block prints, whose footnote stands at the first page's foot. */
export const HeadMark = z.object({
  on: HeadMarkPlace,
  /** The mark as printed: `*`. */
  marker: z.string().min(1),
});

export const Footnote = z.object({
  id: Slug,
  /** The mark as printed: `1`, `2`, `*`. */
  marker: z.string().min(1),
  text: z.string().min(1),
  links: z.array(Link).optional(),
  /** Set when the mark is in the heading block, not in the text (`* 因技术原因于 2024 年 3 月 12 日重新印发。`, `* A/79/150。`). */
  on: HeadMarkPlace.optional(),
});

export const Citation = z.object({
  /** Normalised UN symbol, e.g. `A/61/938-S/2007/327` or `S/RES/822(1993)`. */
  symbol: z.string().min(1),
  /** `https://undocs.org/zh/<symbol>`. */
  url: z.string().url(),
});

export const AgendaItem = z.object({
  number: z.number().int().positive(),
  /** The sub-item's letter where the masthead names one: `议程项目 71(b)` → `b`. */
  subitem: z.string().regex(/^[a-z]$/, 'expected a sub-item letter a–z').optional(),
  title: z.string().min(1),
});

export const Session = z.object({
  /** General Assembly session, `第六十一届会议` → 61. */
  generalAssembly: z.number().int().positive().nullable(),
  /** Security Council year, `第六十二年` → 62. */
  securityCouncilYear: z.number().int().positive().nullable(),
});

/** Source text that is not letter text: kept so that nothing the source says is dropped unseen. */
export const Furniture = z.object({
  /** `masthead`: the heading block whose facts became `session` and `agendaItems`. */
  kind: z.enum([
    'running-header',
    'job-number',
    'page-number',
    'cover-block',
    'barcode',
    'footnote-rule',
    'link-list',
    'masthead',
  ]),
  /** 1-based line in the seed file. */
  line: z.number().int().positive(),
  text: z.string(),
});

/** What the title calls the letter: `…的信`, `…的同文信` (to several addressees at once), `…的普通照会`. */
export const LetterKind = z.enum(['letter', 'identical-letters', 'note-verbale']);

/** In what capacity the sender writes, as the title names them. */
export const SenderRole = z.enum([
  'permanent-representative',
  'charge-daffaires',
  'mission',
  'minister',
  'head-of-state',
  'secretary-general',
  'other',
]);

/** Who the title says wrote the letter. */
export const Sender = z.object({
  /** The office as printed in the title, a capacity clause taken off: `阿塞拜疆常驻联合国代表团临时代办`. */
  text: z.string().min(1),
  /** The state's UN Chinese short name (`阿塞拜疆`, also for `阿塞拜疆共和国外交部长`); null for a UN official. */
  state: z.string().min(1).nullable(),
  /** ISO 3166-1 alpha-3 code of the state (`AZE`; `PSE`, `VAT` for the observers); null where none. */
  code: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code').nullable(),
  role: SenderRole,
  /** The further capacity the title says the sender writes in (`…以 77 国集团和中国主席的身份`): `77 国集团和中国主席`. */
  capacity: z.string().min(1).optional(),
});

/** Who signed, from the signature block: the name, and the title lines printed with it, in order. */
export const Signatory = z.object({
  name: z.string().min(1),
  titles: z.array(z.string().min(1)),
});

/** The language the letter was written in, from the cover block's `Original:` line. */
export const OriginalLanguage = z.enum(['en', 'fr', 'ru', 'ar', 'es', 'zh']);

export const LetterRecord = z.object({
  id: Slug,
  /** The letter page's path, `/letters/<id>/`. */
  url: z.string().regex(/^\/letters\/[a-z0-9-]+\/$/),
  /** Seed file name the record came from. */
  source: z.string().min(1),
  /** UN document symbols the letter carries, `[]` when it states none. */
  symbols: z.array(z.string().min(1)),
  letterDate: IsoDate,
  distributionDate: IsoDate.nullable(),
  session: Session,
  agendaItems: z.array(AgendaItem),
  title: z.string().min(1),
  kind: LetterKind,
  /** The addressees as printed in the title, in order: `["秘书长", "安全理事会主席"]`. */
  addressees: z.array(z.string().min(1)).min(1),
  sender: Sender,
  /** Null when the letter is unsigned (a note verbale). */
  signatory: Signatory.nullable(),
  /** Null when the source has no cover block stating it. */
  originalLanguage: OriginalLanguage.nullable(),
  body: z.array(Block).min(1),
  annexes: z.array(Annex),
  footnotes: z.array(Footnote),
  citations: z.array(Citation),
  /** Top terms of the letter by nodejieba with the archive's user dictionary. */
  keywords: z.array(z.string().min(1)),
  furniture: z.array(Furniture),
});

export type IsoDate = z.infer<typeof IsoDate>;
export type Link = z.infer<typeof Link>;
export type FootnoteRef = z.infer<typeof FootnoteRef>;
export type BlockKind = z.infer<typeof BlockKind>;
export type Block = z.infer<typeof Block>;
export type Annex = z.infer<typeof Annex>;
export type Footnote = z.infer<typeof Footnote>;
export type HeadMark = z.infer<typeof HeadMark>;
export type Citation = z.infer<typeof Citation>;
export type AgendaItem = z.infer<typeof AgendaItem>;
export type Session = z.infer<typeof Session>;
export type Furniture = z.infer<typeof Furniture>;
export type LetterKind = z.infer<typeof LetterKind>;
export type SenderRole = z.infer<typeof SenderRole>;
export type Sender = z.infer<typeof Sender>;
export type Signatory = z.infer<typeof Signatory>;
export type OriginalLanguage = z.infer<typeof OriginalLanguage>;
export type LetterRecord = z.infer<typeof LetterRecord>;

/** The whole archive as written to `documents.json`: letters sorted by date, then id. */
export const Archive = z.array(LetterRecord);
export type Archive = z.infer<typeof Archive>;

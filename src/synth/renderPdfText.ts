/**
 * Prints a synthetic letter as the text layer of a UN document PDF, in the
 * conventions of seeds 000, 001, 002 and 004: lines hard-wrapped at about 40
 * full-width characters with a blank line after each; a paragraph's first line
 * indented by a space; masthead, title and annex headings laid out as printed;
 * and page furniture at every page break — footnotes under a `__________________`
 * rule, the page's `https://undocs.org/ch/…` link list, running headers with the
 * symbols, job number and page — or a cover block in place of running headers.
 * A continuation line after a page break sometimes starts with a space, as in
 * seeds 001 and 002; breaks fall only where the previous line does not end a
 * sentence, so such a line is never a new paragraph in disguise.
 */
import type { Random } from './createRandom.ts';
import { englishDate } from './formatDate.ts';
import { inlineAtoms } from './inlineAtoms.ts';
import type { SynthFootnote, SynthLetter, SynthParagraph } from './letterModel.ts';
import { itemList, ORGANS, sessionLines } from './mastheadText.ts';
import { wrapAtoms, wrapText } from './wrapText.ts';

const BODY_WIDTH = 78;
const FOOTNOTE_WIDTH = 94;
const MASTHEAD_WIDTH = 36;
const FOOTNOTE_RULE = '__________________ ';
const LANGUAGE_NAMES = { en: 'English', fr: 'French', ru: 'Russian', ar: 'Arabic', es: 'Spanish', zh: 'Chinese' } as const;
/** A line whose last character ends a sentence: a new paragraph may follow it. */
const SENTENCE_END = /[。：；！？”）)\d]\s*$/;

interface Layout {
  /** Text lines per page. */
  capacity: number;
  /** Pages in all, printed in `2/13`-style headers. */
  totalPages: number;
}

/** The PDF-text flavour of a letter. `random` decides only the layout's incidental choices. */
export function renderPdfText(letter: SynthLetter, random: () => Random): string {
  // Two passes: the first counts the pages that `2/13`-style headers print, and
  // tells whether a letter whose symbols only headers state has a page break at all.
  let layout: Layout = { capacity: random().int(18, 26), totalPages: 0 };
  let first = new PdfWriter(letter, random(), layout).render();
  if (first.pages === 1 && letter.symbols.length > 0 && !letter.coverBlock) {
    layout = { ...layout, capacity: Math.max(4, Math.ceil(first.textLines / 2)) };
    first = new PdfWriter(letter, random(), layout).render();
  }
  return new PdfWriter(letter, random(), { ...layout, totalPages: first.pages }).render().text;
}

class PdfWriter {
  private readonly out: string[] = [];
  private page = 1;
  private pageLines = 0;
  private textLines = 0;
  private pageFootnotes: SynthFootnote[] = [];
  private pageCitations: string[] = [];
  private readonly headerStyle: 'odd-even' | 'of-total';
  private readonly indentSignature: boolean;

  constructor(
    private readonly letter: SynthLetter,
    private readonly random: Random,
    private readonly layout: Layout,
  ) {
    this.headerStyle = random.chance(0.5) ? 'odd-even' : 'of-total';
    this.indentSignature = random.chance(0.5);
  }

  render(): { text: string; pages: number; textLines: number } {
    const { letter } = this;
    if (letter.coverBlock) this.coverBlock();
    this.masthead();
    this.block([...this.centred(letter.titleLines), ' ', ' ', '']);
    if (letter.salutation !== null) this.line(`${letter.salutation} `, true);
    for (const paragraph of letter.body) this.paragraph(paragraph);
    this.block([' ', '']);
    const indent = this.indentSignature ? '           ' : '';
    // A signature is never split over two pages.
    for (const [index, line] of letter.signature.entries()) this.line(`${indent}${line} `, index === 0);
    if (letter.dateline !== null) this.line(`${letter.dateline} `, true);
    for (const annex of letter.annexes) {
      this.pageBreak();
      this.block([...(annex.headingLines.length === 1 && annex.heading === annex.label ? [` ${annex.label} `] : this.centred(annex.headingLines)), ' ', ' ', '']);
      const [titleFirst, ...titleRest] = wrapText(annex.title, { width: BODY_WIDTH - 6, first: '  ' });
      this.block([`${titleFirst} `, ...titleRest.flatMap((line) => ['', `${line} `]), ' ', ' ', '']);
      for (const paragraph of annex.paragraphs) this.paragraph(paragraph);
      for (const item of annex.items) this.line(`${item} `, true);
      if (annex.dateline !== null) this.line(`${annex.dateline} `, true);
    }
    this.pageFoot(false);
    this.out.push(' ', '', '', '');
    return { text: this.out.join('\n'), pages: this.page, textLines: this.textLines };
  }

  /** A centred heading's lines, each indented its own way, with the blank line between them. */
  private centred(lines: readonly string[]): string[] {
    return lines.flatMap((line, index) => [...(index > 0 ? [''] : []), `${' '.repeat(this.random.int(2, lines.length === 1 ? 6 : 12))}${line} `]);
  }

  /** Seed 001's cover: organs and symbols (joined by an en dash or a hyphen), distribution, original language, job number and barcode. */
  private coverBlock(): void {
    const { letter } = this;
    const distributed = letter.distributionDate ?? letter.letterDate;
    const stamp = `${distributed.slice(8, 10)}${distributed.slice(5, 7)}${distributed.slice(2, 4)}`;
    const organs = ORGANS[letter.masthead].flatMap((organ) => [organ === '大会' ? '大  会 ' : `${organ} `, '']);
    this.out.push(
      '',
      ` 联 合 国   ${letter.symbols.join(this.random.chance(0.7) ? '–' : '-')}`,
      '', ' ', '', ...organs, ' ',
      'Distr.: General ',
      `${englishDate(distributed)} `,
      'Chinese ',
      `Original: ${LANGUAGE_NAMES[letter.originalLanguage ?? 'en']} `,
      '', ' ', '',
      `${letter.jobNumber} (C)    ${stamp}    ${stamp} `,
      `*${letter.jobNumber.replace('-', '')}* `,
      '',
    );
  }

  /** Organs, sessions, agenda items and their titles, wrapped narrow as in the seeds; the Council alone prints neither sessions nor items. */
  private masthead(): void {
    const { letter } = this;
    this.out.push(` ${ORGANS[letter.masthead].map((organ) => (organ === '大会' ? '大  会' : organ)).join('  ')}`, '');
    const sessions = sessionLines(letter);
    if (sessions.length > 0) this.out.push(sessions.join('  '), '');
    if (letter.agendaItems.length > 0) this.out.push(`${letter.agendaMark === null ? '议程项目' : '临时议程*项目'} ${itemList(letter)} `, '');
    // The provisional agenda's footnote stands at the first page's foot, before the text's own.
    if (letter.agendaMark !== null) this.pageFootnotes.push(letter.agendaMark);
    for (const item of letter.agendaItems) {
      for (const line of wrapText(item.title, { width: MASTHEAD_WIDTH })) this.out.push(`${line} `, '');
    }
    this.out.push(' ', ' ', ' ', '');
  }

  private paragraph(paragraph: SynthParagraph): void {
    const first = paragraph.number === undefined ? ' ' : ` ${paragraph.number}. `;
    const { atoms, anchors } = inlineAtoms(paragraph.parts);
    const lines = wrapAtoms(atoms, { width: BODY_WIDTH, first });
    for (const [index, line] of lines.entries()) {
      const last = index === lines.length - 1;
      const text = last && !line.text.endsWith(' ') ? `${line.text} ` : line.text;
      const canBreak = index === 0 || !SENTENCE_END.test(lines[index - 1]!.text);
      this.line(text, canBreak, index > 0);
      // A footnote sits at the foot of the page its mark is printed on.
      for (const { atom, part } of anchors) {
        if (atom < line.start || atom >= line.end) continue;
        if (part.kind === 'mark') this.pageFootnotes.push(this.footnote(part.marker));
        if (part.kind === 'cite') this.pageCitations.push(part.symbol);
      }
    }
  }

  private footnote(marker: string): SynthFootnote {
    const footnote = this.letter.footnotes.find((note) => note.marker === marker);
    if (footnote === undefined) throw new Error(`footnote ${marker} has no text`);
    return footnote;
  }

  /** A text line and the blank line after it; a page break may come before it. */
  private line(text: string, canBreak: boolean, continuation = false): void {
    let line = text;
    if (this.pageLines >= this.layout.capacity && canBreak) {
      const before = this.out.length;
      this.pageBreak();
      // Only a break the text layer shows (furniture between the lines) lets a continuation start with a space.
      if (continuation && this.out.length > before && this.random.chance(0.5)) line = ` ${line}`;
    }
    this.out.push(line, '');
    this.pageLines += 1;
    this.textLines += 1;
  }

  private block(lines: readonly string[]): void {
    this.out.push(...lines);
    this.textLines += 1;
    this.pageLines += 1;
  }

  private pageBreak(): void {
    this.pageFoot(true);
    this.page += 1;
    this.pageLines = 0;
  }

  /** Footnotes and link list at the foot of the page; then the next page's running header. */
  private pageFoot(more: boolean): void {
    if (this.pageFootnotes.length > 0) {
      this.out.push('  ', '', FOOTNOTE_RULE, '');
      for (const footnote of this.pageFootnotes) {
        for (const part of footnote.parts) if (part.kind === 'cite') this.pageCitations.push(part.symbol);
        const lines = wrapAtoms(inlineAtoms(footnote.parts).atoms, { width: FOOTNOTE_WIDTH, first: ` ${footnote.marker} `, noDigitStart: true });
        for (const [index, line] of lines.entries()) this.out.push(index === lines.length - 1 ? `${line.text} ` : line.text, '');
      }
      // Link targets of the page, one bare line each, as the PDF's link layer lists them.
      for (const symbol of this.pageCitations) this.out.push(`https://undocs.org/ch/${symbol.split('-')[0]}`);
      this.pageFootnotes = [];
      this.pageCitations = [];
    }
    if (more && this.letter.symbols.length > 0 && !this.letter.coverBlock) this.runningHeader();
  }

  private runningHeader(): void {
    const { symbols, jobNumber } = this.letter;
    const next = this.page + 1;
    if (this.headerStyle === 'of-total') {
      this.out.push('', '', ...symbols.flatMap((symbol) => [`${symbol} `, '']), ' ', '', `${jobNumber} ${next}/${this.layout.totalPages} `, '', ' ', '');
    } else {
      const folio = next % 2 === 1 ? `${jobNumber} ${next}` : `${next} ${jobNumber}`;
      this.out.push(' ', ...symbols.flatMap((symbol) => [symbol, '']), ' ', '', folio, ' ', '');
    }
  }
}

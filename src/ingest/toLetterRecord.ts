/**
 * Turns one letter's canonical Markdown into its validated LetterRecord: front matter,
 * title and date, blocks with stable ids, annexes, footnotes and their marks, links and
 * citations, keywords. Every problem is a located VFileMessage naming the seed line.
 */
import { basename } from 'node:path';
import { LetterRecord, type Block, type Citation, type Footnote, type Link } from '../records/schema.ts';
import { assignBlockIds } from './assignBlockIds.ts';
import { opensNumberedSection } from './blockShapes.ts';
import { checkAnnexReferences } from './checkAnnexReferences.ts';
import { checkLetterComplete } from './checkLetterComplete.ts';
import { collectBlocks, type DraftBlock, type DraftFootnote } from './collectBlocks.ts';
import { extractKeywords } from './extractKeywords.ts';
import { findCitations, undocsUrl } from './findCitations.ts';
import { footnoteId, footnoteMarker } from './footnoteId.ts';
import { locatedMessage, type SourceContext } from './locatedMessage.ts';
import { letterId } from './letterId.ts';
import { makeIdsUnique } from './makeIdsUnique.ts';
import { parseCanonicalMarkdown } from './parseCanonicalMarkdown.ts';
import { readAnnexLabel } from './readAnnexLabel.ts';
import { readFrontMatter } from './readFrontMatter.ts';
import { readLetterDate } from './readLetterDate.ts';
import { readLetterTitle } from './readLetterTitle.ts';
import { readSender } from './readSender.ts';
import { readSignatory } from './readSignatory.ts';

/** The record of the letter written as `markdown`; `context` names the seed for errors. */
export function toLetterRecord(markdown: string, context: SourceContext): LetterRecord {
  const tree = parseCanonicalMarkdown(markdown);
  const front = readFrontMatter(tree, context);
  const draft = collectBlocks(tree, context);
  // Markdown lines of the record's parts, to locate a schema failure at the part that failed.
  const lines = new WeakMap<object, number>();

  const reading = readLetterDate(draft.title.text);
  if (front.letterDate === undefined && 'problem' in reading) {
    throw locatedMessage(context, reading.problem, draft.title.line, undefined, 'letter-date');
  }
  const letterDate = front.letterDate ?? ('date' in reading ? reading.date : '');
  const heading = readLetterTitle(draft.title.text);
  if ('problem' in heading) throw locatedMessage(context, heading.problem, draft.title.line, undefined, 'letter-title');
  const senderReading = readSender(heading.sender);
  if ('problem' in senderReading) throw locatedMessage(context, senderReading.problem, draft.title.line, undefined, 'letter-sender');
  checkLetterComplete(draft, heading.kind, context);
  const [signature, another] = draft.body.filter((block) => block.kind === 'signature');
  if (another) {
    // One signatory per record: a second would be dropped unseen.
    throw locatedMessage(context, 'a second signature block: letters signed by several signatories are not read yet (expected one signature)', another.line, undefined, 'two-signatures');
  }

  const footnoteIds = footnoteIdsByLabel(draft.footnotes, context);
  const referenced = new Set<string>();
  const toBlocks = (section: string, drafts: readonly DraftBlock[]): Block[] => {
    const ids = assignBlockIds(section, drafts);
    return drafts.map((draftBlock, index) => {
      const refs = draftBlock.marks.map((mark) => {
        const id = footnoteIds.get(mark.identifier);
        if (id === undefined) throw locatedMessage(context, `footnote mark \`${mark.label}\` has no footnote \`[^${mark.label}]: …\``, mark.line, undefined, 'bad-footnote');
        referenced.add(id);
        return { id, offset: mark.offset };
      });
      const links = findCitations(draftBlock.text);
      const block: Block = {
        id: ids[index] ?? section,
        kind: draftBlock.kind,
        ...(draftBlock.number === undefined ? {} : { number: draftBlock.number }),
        ...(draftBlock.bullet === undefined ? {} : { bullet: draftBlock.bullet }),
        text: draftBlock.text,
        ...(refs.length > 0 ? { footnotes: refs } : {}),
        ...(links.length > 0 ? { links } : {}),
      };
      lines.set(block, draftBlock.line);
      return block;
    });
  };

  const body = toBlocks('body', draft.body);
  const labels = draft.annexes.map((annex) => {
    const label = readAnnexLabel(annex.heading);
    if (!label) throw locatedMessage(context, 'an annex heading (`## `) must name its 附件', annex.line, undefined, 'bad-annex');
    return label;
  });
  const annexIds = makeIdsUnique(labels.map((label) => label.id));
  checkAnnexReferences(draft.body, annexIds, context);
  const annexes = draft.annexes.map((annex, index) => {
    const id = annexIds[index] ?? 'annex';
    const firstText = annex.blocks.findIndex((block) => block.kind !== 'heading');
    // The title is the last heading before the text, a numbered section's heading (`一、背景`) not counted.
    const leadingHeadings = annex.blocks.slice(0, firstText === -1 ? annex.blocks.length : firstText).filter((block) => !opensNumberedSection(block.text));
    const record = {
      id,
      label: labels[index]?.label ?? '',
      heading: annex.heading,
      title: leadingHeadings.at(-1)?.text ?? null,
      blocks: toBlocks(id, annex.blocks),
    };
    lines.set(record, annex.line);
    return record;
  });

  // A mark of the heading block claims the first footnote of its marker that no text marks.
  const headMarks = [...front.headMarks];
  const claim = (marker: string) => {
    const index = headMarks.findIndex((mark) => mark.marker === marker);
    return index === -1 ? undefined : headMarks.splice(index, 1)[0];
  };
  const footnotes = draft.footnotes.map((footnote): Footnote => {
    const id = footnoteIds.get(footnote.identifier) ?? '';
    const marker = footnoteMarker(footnote.label);
    const head = referenced.has(id) ? undefined : claim(marker);
    if (!referenced.has(id) && !head) throw locatedMessage(context, `footnote \`${footnote.label}\` is never marked in the text`, footnote.line, undefined, 'bad-footnote');
    const links = findCitations(footnote.text);
    const record = { id, marker, text: footnote.text, ...(links.length > 0 ? { links } : {}), ...(head ? { on: head.on } : {}) };
    lines.set(record, footnote.line);
    return record;
  });

  const [unmatched] = headMarks;
  if (unmatched) {
    // Reported at the front matter's `headMarks` line, which maps back to the line that prints the mark.
    const line = markdown.split('\n').findIndex((text) => text.startsWith('headMarks:')) + 1;
    const where = unmatched.on === 'symbols' ? 'symbols carry' : 'agenda line carries';
    throw locatedMessage(context, `the ${where} the footnote mark \`${unmatched.marker}\`, but no footnote \`${unmatched.marker}\` follows`, line || 1, undefined, 'bad-footnote');
  }
  const allBlocks = [...body, ...annexes.flatMap((annex) => annex.blocks)];
  const footnoteTexts = footnotes.map((footnote) => footnote.text);
  const text = [draft.title.text, ...allBlocks.map((block) => block.text), ...footnoteTexts].join('\n');
  const id = letterId({ symbols: front.symbols, letterDate, senderCode: senderReading.sender.code, text });
  const record = {
    id,
    url: `/letters/${id}/`,
    source: front.source ?? basename(context.path),
    symbols: front.symbols,
    letterDate,
    distributionDate: front.distributionDate,
    session: front.session,
    agendaItems: front.agendaItems,
    title: draft.title.text,
    kind: heading.kind,
    addressees: heading.addressees,
    sender: senderReading.sender,
    signatory: signature ? readSignatory(signature.text) : null,
    originalLanguage: front.originalLanguage,
    body,
    annexes,
    footnotes,
    citations: citationsOf([...allBlocks, ...footnotes].flatMap((part) => part.links ?? [])),
    keywords: extractKeywords(text),
    furniture: front.furniture,
  };
  lines.set(record, draft.title.line);

  const result = LetterRecord.safeParse(record);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const path = issue?.path ?? [];
  throw locatedMessage(context, `record \`${path.join('.')}\`: ${issue?.message ?? 'invalid'}`, lineOfPath(record, path, lines), undefined, 'invalid-record');
}

/** Footnote ids keyed by GFM identifier; a label defined twice is refused. */
function footnoteIdsByLabel(footnotes: readonly DraftFootnote[], context: SourceContext): Map<string, string> {
  const ids = makeIdsUnique(footnotes.map((footnote) => footnoteId(footnote.label)));
  const byLabel = new Map<string, string>();
  footnotes.forEach((footnote, index) => {
    if (byLabel.has(footnote.identifier)) throw locatedMessage(context, `footnote \`${footnote.label}\` is defined twice (write a repeated marker as \`${footnote.label}-2\`)`, footnote.line, undefined, 'bad-footnote');
    byLabel.set(footnote.identifier, ids[index] ?? '');
  });
  return byLabel;
}

/** Each cited symbol once, in order of first citation. */
function citationsOf(links: readonly Link[]): Citation[] {
  const symbols = new Set(links.flatMap((link) => (link.symbol === undefined ? [] : [link.symbol])));
  return [...symbols].map((symbol) => ({ symbol, url: undocsUrl(symbol) }));
}

/** The markdown line of the deepest part along `path` whose line is known. */
function lineOfPath(record: object, path: readonly PropertyKey[], lines: WeakMap<object, number>): number {
  let line = lines.get(record) ?? 1;
  let part: unknown = record;
  for (const key of path) {
    part = part !== null && typeof part === 'object' ? (part as Record<PropertyKey, unknown>)[key] : undefined;
    if (part !== null && typeof part === 'object') line = lines.get(part) ?? line;
  }
  return line;
}

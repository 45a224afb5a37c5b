/**
 * The conservation check: every non-whitespace character the seed states must land in the
 * record (title, annex headings, blocks with their printed numbers and footnote marks,
 * footnotes) or in a named piece of furniture — and the record may hold nothing the seed
 * does not. Compared as multisets of characters, so re-wrapping and re-ordering
 * (footnotes moved to the end) are allowed, while dropped, duplicated or invented text is not.
 */
import type { Nodes } from 'mdast';
import type { LetterRecord } from '../records/schema.ts';
import type { Flavour } from './detectFlavour.ts';
import { footnoteMarker } from './footnoteId.ts';
import { locatedMessage } from './locatedMessage.ts';
import { parseCanonicalMarkdown } from './parseCanonicalMarkdown.ts';

export interface ConservationSource {
  path: string;
  /** The decoded seed text. */
  text: string;
  /**
   * `pdf`: every character is the letter's. `markdown`: the flavour's few syntax marks
   * (`## `, `<sup>`, `[…](#)`) are not text. `canonical`: Markdown syntax is not text,
   * nor is the front matter (with the furniture it lists).
   */
  flavour: Flavour;
}

/** Canonical Markdown's kind comments (`<!-- signature -->`) are syntax, not text. */
const kindComment = /^<!--[\s\S]*-->$/;

/**
 * The Markdown flavour's syntax (seed 003; README, "Adding a letter"): `#` heading marks,
 * the `<sup>` tags around a footnote mark, the brackets of an empty link `[A/74/450](#)`,
 * a list item's `- `.
 * Everything else it prints is text, shown literally.
 */
const markdownFlavourSyntax: readonly [RegExp, string][] = [
  [/^[ \t]*#{1,6}[ \t]+/gm, ''],
  [/<sup>([^<\s]{1,4})<\/sup>/g, '$1'],
  [/\[([^\]\n]+)\]\(#?\)/g, '$1'],
  [/^[ \t]*[-*+][ \t]+(?=\S)/gm, ''],
];

/** Throws a located message when the record and the seed do not hold the same characters. */
export function checkConservation(source: ConservationSource, record: LetterRecord): void {
  const stated =
    source.flavour === 'canonical'
      ? visibleText(source.text)
      : source.flavour === 'markdown'
        ? markdownFlavourSyntax.reduce((text, [syntax, kept]) => text.replace(syntax, kept), source.text)
        : source.text;
  const kept = recordParts(record, source.flavour !== 'canonical');

  const keptCounts = new Map<string, number>();
  for (const part of kept) for (const character of characters(part.text)) keptCounts.set(character, (keptCounts.get(character) ?? 0) + 1);

  // Walk the seed in order, spending the record's characters: the first one not covered is the first loss.
  const missing: string[] = [];
  for (const character of characters(stated)) {
    const left = keptCounts.get(character) ?? 0;
    if (left === 0) missing.push(character);
    else keptCounts.set(character, left - 1);
  }
  const [firstMissing] = missing;
  if (firstMissing !== undefined) {
    // Every earlier occurrence was covered by the record, so the lost one comes right after them.
    const occurrence = characters(stated).filter((c) => c === firstMissing).length - missing.filter((c) => c === firstMissing).length + 1;
    throw locatedMessage(
      { path: source.path },
      `text dropped: \`${firstMissing}\`${missing.length > 1 ? ` and ${missing.length - 1} more character(s) (${summary(missing)})` : ''} of the seed are neither in the record nor in its furniture`,
      lineOfOccurrence(source.text, firstMissing, occurrence),
      undefined,
      'conservation',
    );
  }
  const extra = [...keptCounts].filter(([, count]) => count > 0).map(([character]) => character);
  const [firstExtra] = extra;
  if (firstExtra !== undefined) {
    const part = kept.find((candidate) => characters(candidate.text).includes(firstExtra));
    throw locatedMessage(
      { path: source.path },
      `text invented: \`${firstExtra}\`${extra.length > 1 ? ` and ${extra.length - 1} more character(s) (${summary(extra)})` : ''} in ${part?.where ?? 'the record'} are not in the seed`,
      1,
      undefined,
      'conservation',
    );
  }
}

/** The non-whitespace characters of `text`, by code point. */
function characters(text: string): string[] {
  return [...text].filter((character) => !/\s/u.test(character));
}

function summary(list: readonly string[]): string {
  return list.slice(0, 20).join('') + (list.length > 20 ? '…' : '');
}

/** The record's text as the seed would print it, with where each piece sits for error messages. */
function recordParts(record: LetterRecord, withFurniture: boolean): { where: string; text: string }[] {
  const blocks = [...record.body, ...record.annexes.flatMap((annex) => annex.blocks)];
  const markerOf = new Map(record.footnotes.map((footnote) => [footnote.id, footnote.marker]));
  return [
    { where: 'the title', text: record.title },
    ...record.annexes.map((annex) => ({ where: `${annex.id} heading`, text: annex.heading })),
    ...blocks.map((block) => ({
      where: block.id,
      text: [
        block.number === undefined ? '' : `${block.number}.`,
        block.bullet ?? '',
        block.text,
        ...(block.footnotes ?? []).map((ref) => markerOf.get(ref.id) ?? ''),
      ].join(''),
    })),
    ...record.footnotes.map((footnote) => ({ where: footnote.id, text: footnote.marker + footnote.text })),
    ...(withFurniture ? record.furniture.map((piece) => ({ where: `furniture line ${piece.line}`, text: piece.text })) : []),
  ];
}

/** What a canonical Markdown seed says, without its syntax: the text of its mdast (front matter left out). */
function visibleText(markdown: string): string {
  let text = '';
  const visit = (node: Nodes): void => {
    if (node.type === 'yaml') return;
    if (node.type === 'html' && kindComment.test(node.value.trim())) return;
    if (node.type === 'footnoteReference') text += footnoteMarker(node.label ?? node.identifier);
    if (node.type === 'footnoteDefinition') text += footnoteMarker(node.label ?? node.identifier);
    if (node.type === 'image' || node.type === 'imageReference') text += node.alt ?? '';
    if ('value' in node) text += node.value;
    if ('children' in node) node.children.forEach(visit);
  };
  visit(parseCanonicalMarkdown(markdown));
  return text;
}

/** The 1-based line of the `occurrence`-th (1-based) `character` in `text`, ignoring whitespace. */
function lineOfOccurrence(text: string, character: string, occurrence: number): number {
  let seen = 0;
  let line = 1;
  for (const c of text) {
    if (c === '\n') line++;
    else if (c === character && ++seen === occurrence) return line;
  }
  return line;
}

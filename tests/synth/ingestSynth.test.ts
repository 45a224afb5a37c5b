/**
 * The synthetic corpus through the real ingest: every letter becomes a valid
 * record (conservation checked by the ingest itself) carrying exactly the facts
 * the generator put in it, field by field: who wrote to whom in what kind of
 * letter, who signed, the original language, symbols, dates, sessions, agenda
 * items, annexes, paragraphs, footnotes and citations.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSeeds } from '../../src/ingest/ingestSeeds.ts';
import { agendaTopics } from '../../src/records/agendaTopics.ts';
import { LetterRecord, type Block } from '../../src/records/schema.ts';
import { corpusFigures } from '../../src/synth/corpusFigures.ts';
import { generateCorpus, type SynthFile } from '../../src/synth/generateCorpus.ts';
import { plainText, type Inline, type SynthLetter } from '../../src/synth/letterModel.ts';
import { writeCorpus } from '../../src/synth/writeCorpus.ts';

const seedsDir = resolve(import.meta.dirname, '../../seeds');
const letters = 120;
let dir: string;
let corpus: SynthFile[];
let records: LetterRecord[];
let failures: string[];
/** Each letter that became a record, with its record: the field checks below read these, and the first test asks that they be all. */
let ingested: { letter: SynthLetter; record: LetterRecord }[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synth-ingest-'));
  corpus = generateCorpus({ letters, seed: 2026, seedsDir });
  await writeCorpus(corpus, join(dir, 'seeds'));
  const result = await ingestSeeds(join(dir, 'seeds'), { keepGoing: true });
  failures = result.failures.map((failure) => `${failure.file}:${failure.line}:${failure.column}: ${failure.reason}`);
  records = result.records;
  ingested = corpus.flatMap(({ letter }) => {
    const record = records.find((candidate) => candidate.source === letter.fileName);
    return record === undefined ? [] : [{ letter, record }];
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Whitespace differs between a hard-wrapped source and its rejoined text; the characters may not. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** A record block's text with `⁽1⁾` where each footnote is marked. */
function markedBlock(block: Block, markers: ReadonlyMap<string, string>): string {
  let text = block.text;
  for (const ref of [...(block.footnotes ?? [])].sort((a, b) => b.offset - a.offset)) text = `${text.slice(0, ref.offset)}⁽${markers.get(ref.id)}⁾${text.slice(ref.offset)}`;
  return text;
}

/** A generated paragraph's text with `⁽1⁾` where each footnote is marked. */
function markedParts(parts: readonly Inline[]): string {
  return parts.map((part) => (part.kind === 'mark' ? `⁽${part.marker}⁾` : plainText([part]))).join('');
}

describe('the ingest on a synthetic corpus', () => {
  it('yields one valid record per letter, in both flavours, and the agenda topics the generator counted', () => {
    expect(failures).toEqual([]);
    expect(records).toHaveLength(letters);
    for (const record of records) LetterRecord.parse(record);
    expect(new Set(corpus.map((file) => file.letter.flavour))).toEqual(new Set(['pdf', 'markdown']));
    expect(agendaTopics(records)).toHaveLength(corpusFigures(corpus.map((file) => file.letter)).topics);
  });

  it('recovers who wrote to whom, in what kind of letter, who signed, the original language, salutation, signature block and dateline', () => {
    for (const { letter, record } of ingested) {
      expect(
        { file: letter.fileName, kind: record.kind, addressees: record.addressees, sender: record.sender, signatory: record.signatory, originalLanguage: record.originalLanguage },
      ).toEqual(
        { file: letter.fileName, kind: letter.kind, addressees: letter.addressees, sender: letter.sender, signatory: letter.signatory, originalLanguage: letter.originalLanguage },
      );
      const closing = (kind: string): string[] => record.body.filter((block) => block.kind === kind).map((block) => block.text);
      expect(
        { file: letter.fileName, salutation: closing('salutation'), signature: closing('signature'), dateline: closing('dateline') },
      ).toEqual({
        file: letter.fileName,
        salutation: letter.salutation === null ? [] : [letter.salutation],
        signature: letter.signature.length === 0 ? [] : [letter.signature.join('\n')],
        dateline: letter.dateline === null ? [] : [letter.dateline],
      });
    }
  });

  it('gives letters without symbols ids of their own, also where they share a date', () => {
    const ids = records.map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    const unnumbered = corpus.filter((file) => file.letter.symbols.length === 0).map((file) => `${file.letter.letterDate} ${file.letter.sender.text}`);
    expect(new Set(unnumbered).size, 'the corpus has letters without symbols of one date and sender').toBeLessThan(unnumbered.length);
  });

  it('recovers every letter’s symbols, dates, session and agenda items', () => {
    for (const { letter, record } of ingested) {
      expect({ file: letter.fileName, symbols: record.symbols, letterDate: record.letterDate, distributionDate: record.distributionDate, session: record.session })
        .toEqual({ file: letter.fileName, symbols: letter.symbols, letterDate: letter.letterDate, distributionDate: letter.distributionDate, session: letter.session });
      expect(record.agendaItems, letter.fileName).toEqual(letter.agendaItems);
      expect(record.title).toBe(letter.title);
    }
  });

  it('lists some annexes’ endorsing states (the property below is not vacuous)', () => {
    expect(ingested.filter(({ letter }) => letter.annexes.some((annex) => annex.items.length > 0)).length).toBeGreaterThan(0);
  });

  it('recovers annexes, their lists, printed paragraph numbers and footnotes', () => {
    for (const { letter, record } of ingested) {
      expect(record.annexes.map((annex) => [annex.label, annex.heading]), letter.fileName).toEqual(letter.annexes.map((annex) => [annex.label, annex.heading]));
      for (const [index, annex] of letter.annexes.entries()) {
        const numbers = annex.paragraphs.flatMap((paragraph) => (paragraph.number === undefined ? [] : [paragraph.number]));
        const printed = record.annexes[index]!.blocks.flatMap((block) => (block.number === undefined ? [] : [block.number]));
        expect(printed, `${letter.fileName} ${annex.label}`).toEqual(numbers);
        expect(record.annexes[index]!.title, `${letter.fileName} ${annex.label}`).toBe(annex.title);
        const items = record.annexes[index]!.blocks.filter((block) => block.kind === 'item').map((block) => block.text);
        expect(items, `${letter.fileName} ${annex.label}`).toEqual(annex.items);
      }
      // A provisional agenda's footnote comes first, marked on the agenda line rather than in the text.
      const footnotes = [...(letter.agendaMark === null ? [] : [letter.agendaMark]), ...letter.footnotes];
      expect(record.footnotes.map((footnote) => footnote.marker), letter.fileName).toEqual(footnotes.map((footnote) => footnote.marker));
      expect(record.footnotes.map((footnote) => footnote.on), letter.fileName).toEqual(footnotes.map((footnote) => (footnote === letter.agendaMark ? 'agenda' : undefined)));
      for (const [index, footnote] of footnotes.entries()) {
        expect(squeeze(record.footnotes[index]!.text), `${letter.fileName} footnote ${footnote.marker}`).toBe(squeeze(plainText(footnote.parts)));
      }
    }
  });

  it('keeps each paragraph whole, its footnote marks where the letter prints them: the letter’s paragraphs are the record’s paragraph blocks', () => {
    for (const { letter, record } of ingested) {
      const markers = new Map(record.footnotes.map((footnote) => [footnote.id, footnote.marker]));
      const paragraphs = record.body.filter((block) => block.kind === 'paragraph').map((block) => squeeze(markedBlock(block, markers)));
      expect(paragraphs, letter.fileName).toEqual(letter.body.map((paragraph) => squeeze(markedParts(paragraph.parts))));
      for (const [index, annex] of letter.annexes.entries()) {
        const blocks = record.annexes[index]?.blocks.filter((block) => block.kind === 'paragraph').map((block) => squeeze(markedBlock(block, markers)));
        expect(blocks, `${letter.fileName} ${annex.label}`).toEqual(annex.paragraphs.map((paragraph) => squeeze(markedParts(paragraph.parts))));
      }
    }
  });

  it('finds the symbols each letter cites', () => {
    for (const { letter, record } of ingested) {
      const cited = [...letter.body, ...letter.annexes.flatMap((annex) => annex.paragraphs), ...letter.footnotes, ...(letter.agendaMark === null ? [] : [letter.agendaMark])]
        .flatMap((paragraph) => paragraph.parts)
        .flatMap((part) => (part.kind === 'cite' ? [part.symbol] : []));
      const found = record.citations.map((citation) => citation.symbol);
      for (const symbol of cited) expect(found, `${letter.fileName} cites ${symbol}`).toContain(symbol);
    }
  });
});

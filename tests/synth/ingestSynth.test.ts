/**
 * The synthetic corpus through the real ingest: every letter becomes a valid
 * record (conservation checked by the ingest itself) carrying exactly the facts
 * the generator put in it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSeeds } from '../../src/ingest/ingestSeeds.ts';
import { LetterRecord } from '../../src/records/schema.ts';
import { generateCorpus, type SynthFile } from '../../src/synth/generateCorpus.ts';
import { plainText } from '../../src/synth/letterModel.ts';
import { writeCorpus } from '../../src/synth/writeCorpus.ts';

const seedsDir = resolve(import.meta.dirname, '../../seeds');
const letters = 40;
let dir: string;
let corpus: SynthFile[];
let records: LetterRecord[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synth-ingest-'));
  corpus = generateCorpus({ letters, seed: 2026, seedsDir });
  await writeCorpus(corpus, join(dir, 'seeds'));
  const result = await ingestSeeds(join(dir, 'seeds'), { keepGoing: true });
  expect(result.failures.map((failure) => `${failure.file}:${failure.line}: ${failure.reason}`)).toEqual([]);
  records = result.records;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Whitespace differs between a hard-wrapped source and its rejoined text; the characters may not. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe('the ingest on a synthetic corpus', () => {
  it('yields one valid record per letter, in both flavours', () => {
    expect(records).toHaveLength(letters);
    for (const record of records) LetterRecord.parse(record);
    expect(new Set(corpus.map((file) => file.letter.flavour))).toEqual(new Set(['pdf', 'markdown']));
  });

  it('recovers every letter’s symbols, dates, session and agenda items', () => {
    for (const { letter } of corpus) {
      const record = records.find((candidate) => candidate.source === letter.fileName);
      expect(record, letter.fileName).toBeDefined();
      expect({ file: letter.fileName, symbols: record!.symbols, letterDate: record!.letterDate, distributionDate: record!.distributionDate, session: record!.session })
        .toEqual({ file: letter.fileName, symbols: letter.symbols, letterDate: letter.letterDate, distributionDate: letter.distributionDate, session: letter.session });
      expect(record!.agendaItems, letter.fileName).toEqual(letter.agendaItems);
      expect(record!.title).toBe(letter.title);
    }
  });

  it('recovers annexes, printed paragraph numbers and footnotes', () => {
    for (const { letter } of corpus) {
      const record = records.find((candidate) => candidate.source === letter.fileName)!;
      expect(record.annexes.map((annex) => annex.label), letter.fileName).toEqual(letter.annexes.map((annex) => annex.label));
      for (const [index, annex] of letter.annexes.entries()) {
        const numbers = annex.paragraphs.flatMap((paragraph) => (paragraph.number === undefined ? [] : [paragraph.number]));
        const printed = record.annexes[index]!.blocks.flatMap((block) => (block.number === undefined ? [] : [block.number]));
        expect(printed, `${letter.fileName} ${annex.label}`).toEqual(numbers);
        expect(record.annexes[index]!.title, `${letter.fileName} ${annex.label}`).toBe(annex.title);
      }
      expect(record.footnotes.map((footnote) => footnote.marker), letter.fileName).toEqual(letter.footnotes.map((footnote) => footnote.marker));
      for (const [index, footnote] of letter.footnotes.entries()) {
        expect(squeeze(record.footnotes[index]!.text), `${letter.fileName} footnote ${footnote.marker}`).toBe(squeeze(plainText(footnote.parts)));
      }
    }
  });

  it('keeps each paragraph whole: the letter’s paragraphs are the record’s paragraph blocks', () => {
    for (const { letter } of corpus) {
      const record = records.find((candidate) => candidate.source === letter.fileName)!;
      const paragraphs = record.body.filter((block) => block.kind === 'paragraph').map((block) => squeeze(block.text));
      expect(paragraphs, letter.fileName).toEqual(letter.body.map((paragraph) => squeeze(plainText(paragraph.parts))));
    }
  });

  it('finds the symbols each letter cites', () => {
    for (const { letter } of corpus) {
      const record = records.find((candidate) => candidate.source === letter.fileName)!;
      const cited = [...letter.body, ...letter.annexes.flatMap((annex) => annex.paragraphs), ...letter.footnotes]
        .flatMap((paragraph) => paragraph.parts)
        .flatMap((part) => (part.kind === 'cite' ? [part.symbol] : []));
      const found = record.citations.map((citation) => citation.symbol);
      for (const symbol of cited) expect(found, `${letter.fileName} cites ${symbol}`).toContain(symbol);
    }
  });
});

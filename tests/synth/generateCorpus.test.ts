import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../support/escapeRegExp.ts';
import { generateCorpus, seedSentences } from '../../src/synth/generateCorpus.ts';
import { plainText } from '../../src/synth/letterModel.ts';
import { sessionOf } from '../../src/synth/sessionOf.ts';

const seedsDir = resolve(import.meta.dirname, '../../seeds');
const corpus = generateCorpus({ letters: 300, seed: 11, seedsDir });
const pdf = corpus.filter((file) => file.letter.flavour === 'pdf');
const markdown = corpus.filter((file) => file.letter.flavour === 'markdown');

describe('generateCorpus', () => {
  it('is deterministic for a seed number and differs across seed numbers', () => {
    const again = generateCorpus({ letters: 300, seed: 11, seedsDir });
    expect(again.map((file) => [file.letter.fileName, file.text])).toEqual(corpus.map((file) => [file.letter.fileName, file.text]));
    const other = generateCorpus({ letters: 300, seed: 12, seedsDir });
    expect(other.map((file) => file.text)).not.toEqual(corpus.map((file) => file.text));
  });

  it('writes both flavours, with symbols unique across the corpus and of the masthead’s organs', () => {
    expect(pdf.length).toBeGreaterThan(200);
    expect(markdown.length).toBeGreaterThan(20);
    const symbols = corpus.flatMap((file) => file.letter.symbols);
    expect(new Set(symbols).size).toBe(symbols.length);
    for (const { letter } of corpus) {
      if (letter.symbols.length === 0) continue;
      const suffix = /(\/(?:Corr|Rev|Add)\.1)?$/.exec(letter.symbols[0]!)![0];
      const assembly = letter.emergencySession === null ? `A/${sessionOf(letter.letterDate).generalAssembly}/` : `A/ES-${letter.emergencySession}/`;
      const council = `S/${letter.letterDate.slice(0, 4)}/`;
      const prefixes = { 'general-assembly-and-security-council': [assembly, council], 'general-assembly': [assembly], 'security-council': [council] }[letter.masthead];
      expect(letter.symbols.map((symbol) => symbol.replace(/\d+(\/(?:Corr|Rev|Add)\.1)?$/, '')), letter.fileName).toEqual(prefixes);
      for (const symbol of letter.symbols) expect(symbol.endsWith(suffix), letter.fileName).toBe(true);
    }
  });

  it('gives letters without symbols dates (and senders) that other such letters share, as the archive must tell them apart by more than the date', () => {
    const unnumbered = corpus.filter((file) => file.letter.symbols.length === 0).map((file) => file.letter);
    expect(unnumbered.length).toBeGreaterThan(20);
    expect(new Set(unnumbered.map((letter) => letter.letterDate)).size).toBeLessThan(unnumbered.length);
    expect(new Set(unnumbered.map((letter) => `${letter.letterDate} ${letter.sender.text}`)).size, 'one sender, one date').toBeLessThan(unnumbered.length);
  });

  it('spreads letter dates over 2000–2026, with the sessions each masthead prints', () => {
    const years = new Set(corpus.map((file) => Number(file.letter.letterDate.slice(0, 4))));
    expect(Math.min(...years)).toBe(2000);
    expect(Math.max(...years)).toBe(2026);
    expect(years.size).toBe(27);
    for (const { letter } of corpus) {
      const { generalAssembly, securityCouncilYear } = sessionOf(letter.letterDate);
      expect(letter.session, letter.fileName).toEqual({
        generalAssembly: letter.masthead !== 'security-council' && letter.emergencySession === null ? generalAssembly : null,
        securityCouncilYear: letter.masthead === 'general-assembly-and-security-council' ? securityCouncilYear : null,
      });
      // The Council alone lists no agenda items; an Assembly masthead lists one at least.
      expect(letter.agendaItems.length === 0, letter.fileName).toBe(letter.masthead === 'security-council');
    }
  });

  it('prints the symbols only where the seeds do: running headers or a cover block (joined by an en dash or a hyphen)', () => {
    for (const { letter, text } of pdf) {
      for (const symbol of letter.symbols) {
        const own = text.split('\n').filter((line) => line.trim() === symbol || line.includes(letter.symbols.join('–')) || line.includes(letter.symbols.join('-')));
        expect(own.length, `${letter.fileName} states ${symbol}`).toBeGreaterThan(0);
      }
    }
    for (const { text } of markdown) expect(text).not.toMatch(/^ *[AS]\/\d+\/\d+ *$/m);
  });

  it('numbers footnote marks 1, 2, … through each letter, each with its footnote', () => {
    for (const { letter, text } of corpus) {
      const marks = [...letter.body, ...letter.annexes.flatMap((annex) => annex.paragraphs)]
        .flatMap((paragraph) => paragraph.parts)
        .flatMap((part) => (part.kind === 'mark' ? [part.marker] : []));
      expect(marks).toEqual(letter.footnotes.map((_, index) => String(index + 1)));
      for (const footnote of letter.footnotes) {
        const opening = plainText(footnote.parts).slice(0, 2);
        const printed = letter.flavour === 'pdf' ? `\n ${footnote.marker} ${opening}` : `\n<sup>${footnote.marker}</sup> ${opening}`;
        expect(text, letter.fileName).toContain(printed);
      }
      if (letter.footnotes.length > 0 && letter.flavour === 'pdf') expect(text).toContain('\n__________________ \n');
    }
  });

  it('follows the PDF text layer: about 40 columns, a blank line after each text line, indented paragraph starts', () => {
    for (const { letter, text } of pdf) {
      const lines = text.split('\n');
      expect(lines[0]).toMatch(letter.coverBlock ? /^$/ : /^ (大  会|安全理事会|大  会  安全理事会)$/);
      expect(letter.titleLines.join(''), letter.fileName).toBe(letter.title);
      expect(text, letter.fileName).toMatch(new RegExp(letter.titleLines.map((line) => ` {2,}${escapeRegExp(line)} `).join('\n\n')));
      for (const line of lines) {
        if (line.startsWith('https://') || line.startsWith('          ')) continue;
        expect(width(line), `${letter.fileName}: ${line}`).toBeLessThanOrEqual(98);
      }
      const bodyStart = lines.findIndex((line) => line.trim() === letter.titleLines[letter.titleLines.length - 1]);
      const first = plainText(letter.body[0]!.parts).slice(0, 8);
      const opening = lines.findIndex((line, index) => index > bodyStart && line.startsWith(` ${first}`));
      expect(opening, letter.fileName).toBeGreaterThan(bodyStart);
      expect(lines[opening + 1]).toBe('');
    }
  });

  it('follows the Markdown flavour: `## ` title, one paragraph per line, `<sup>` marks, no final newline', () => {
    for (const { letter, text } of markdown) {
      expect(text).toContain(`\n## ${letter.title}\n`);
      expect(text.endsWith('\n')).toBe(false);
      for (const paragraph of letter.body) {
        expect(text.split('\n')).toContain(
          paragraph.parts.map((part) => (part.kind === 'text' ? part.text : part.kind === 'mark' ? `<sup>${part.marker}</sup>` : `[${part.symbol}](#)`)).join(''),
        );
      }
    }
  });

  it('recombines the seed letters’ own sentences', () => {
    const pool = new Set(seedSentences(seedsDir));
    const seedText = readdirSync(seedsDir).map((name) => readFileSync(join(seedsDir, name), 'utf8').replace(/\s+/g, '')).join('');
    for (const sentence of pool) expect(seedText).toContain(sentence.replace(/\s+/g, ''));
    // Between the opening and the request to circulate (and a note verbale's courtesy close).
    const used = corpus.flatMap(({ letter }) => letter.body.slice(1, letter.kind === 'note-verbale' ? -2 : -1).map((paragraph) => plainText(paragraph.parts)));
    for (const paragraph of used) {
      for (const sentence of paragraph.match(/[^。]+。/g) ?? []) expect(pool.has(sentence)).toBe(true);
    }
  });
});


function width(line: string): number {
  let columns = 0;
  for (const char of line) columns += char.charCodeAt(0) < 0x80 ? 1 : 2;
  return columns;
}

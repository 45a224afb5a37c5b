/**
 * The synthetic corpus draws the genre, not the five seeds: every kind of letter,
 * addressee, sender role, masthead, signature shape and symbol shape, long
 * headings wrapped over printed lines, notes verbales in the third person.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../support/escapeRegExp.ts';
import { generateCorpus } from '../../src/synth/generateCorpus.ts';
import { plainText } from '../../src/synth/letterModel.ts';
import { senderStates } from '../../src/synth/senderStates.ts';

const seedsDir = resolve(import.meta.dirname, '../../seeds');
const corpus = generateCorpus({ letters: 800, seed: 5, seedsDir });
const letters = corpus.map((file) => file.letter);
const share = (count: number): number => count / letters.length;

describe('the genre in a synthetic corpus', () => {
  it('writes letters, identical letters and notes verbales (at least 10 %), each titled as its kind', () => {
    const endings = { letter: /给[^给]+的信$/, 'identical-letters': /给.+和.+的同文信$/, 'note-verbale': /常驻联合国(观察员)?代表团给[^给]+的普通照会$/ };
    for (const letter of letters) expect(letter.title, letter.fileName).toMatch(endings[letter.kind]);
    expect(share(letters.filter((letter) => letter.kind === 'note-verbale').length)).toBeGreaterThanOrEqual(0.1);
    expect(new Set(letters.map((letter) => letter.kind))).toEqual(new Set(['letter', 'identical-letters', 'note-verbale']));
  });

  it('addresses the Secretary-General, the presidents of the Council and the Assembly, committee chairs, and two at once', () => {
    const addressees = new Set(letters.flatMap((letter) => letter.addressees));
    for (const addressee of ['秘书长', '安全理事会主席', '大会主席']) expect(addressees).toContain(addressee);
    expect([...addressees].some((addressee) => /^安全理事会关于.+的.+决议所设委员会主席$/.test(addressee))).toBe(true);
    for (const letter of letters) {
      expect(letter.addressees.length, letter.fileName).toBe(letter.kind === 'identical-letters' ? 2 : 1);
      expect(letter.title, letter.fileName).toContain(`给${letter.addressees.join('和')}的`);
    }
  });

  it('has every sender role, each printed as the UN prints it, short and formal state names alike', () => {
    const roles = new Set(letters.map((letter) => letter.sender.role));
    for (const role of ['permanent-representative', 'charge-daffaires', 'mission', 'minister', 'head-of-state', 'secretary-general']) expect(roles).toContain(role);
    const printed: Partial<Record<string, RegExp>> = {
      'permanent-representative': /常驻联合国(代表|观察员)$/,
      'charge-daffaires': /常驻联合国(观察员)?代表团临时代办$/,
      mission: /常驻联合国(观察员)?代表团$/,
      minister: /外交部长$/,
      'head-of-state': /(总统|总理)$/,
      'secretary-general': /^秘书长$/,
    };
    for (const { sender, fileName, title } of letters) {
      expect(sender.text, fileName).toMatch(printed[sender.role]!);
      const capacity = sender.capacity === undefined ? '' : `以${sender.capacity}的身份`;
      expect(title, fileName).toContain(`日${sender.text}${capacity}给`);
      expect(sender.state === null, fileName).toBe(sender.role === 'secretary-general');
      expect(sender.code === null, fileName).toBe(sender.role === 'secretary-general');
      if (sender.code !== null) expect(sender.code).toMatch(/^[A-Z]{3}$/);
    }
    // Some representatives write as chairs of a group, and sign as such first.
    const chairs = letters.filter(({ sender }) => sender.capacity !== undefined);
    expect(chairs.length).toBeGreaterThan(0);
    for (const { sender, signatory, fileName } of chairs) {
      expect(sender.role, fileName).toBe('permanent-representative');
      expect(signatory?.titles[0], fileName).toBe(sender.capacity);
    }
    // Some senders print the state's formal name (`阿塞拜疆共和国外交部长`), which is not its short name.
    const formal = new Map(senderStates.map(({ value }) => [value.code, value.formal]));
    expect(letters.some(({ sender }) => sender.code !== null && formal.get(sender.code) !== sender.state && sender.text.startsWith(formal.get(sender.code)!))).toBe(true);
  });

  it('signs with zero to three title lines and either signature mark; a note verbale is unsigned and in the third person', () => {
    const shapes = new Set(letters.flatMap((letter) => (letter.signatory === null ? [] : [letter.signatory.titles.length])));
    expect(shapes).toEqual(new Set([0, 1, 2, 3]));
    const marks = new Set(corpus.flatMap(({ text }) => text.match(/（签名）|\(签名\)/g) ?? []));
    expect(marks).toEqual(new Set(['（签名）', '(签名)']));
    for (const { letter, text } of corpus) {
      if (letter.kind !== 'note-verbale') {
        expect(letter.signatory, letter.fileName).not.toBeNull();
        expect(letter.signature, letter.fileName).toEqual([...letter.signatory!.titles, expect.stringMatching(new RegExp(`^${escapeRegExp(letter.signatory!.name)}(（签名）|\\(签名\\))$`))]);
        continue;
      }
      const [addressee] = letter.addressees;
      expect(letter.signatory, letter.fileName).toBeNull();
      expect(text, letter.fileName).not.toMatch(/签名/);
      expect(plainText(letter.body[0]!.parts), letter.fileName).toMatch(new RegExp(`^${escapeRegExp(`${letter.sender.text}向${addressee}致意，`)}(并)?谨`));
      expect(plainText(letter.body[letter.body.length - 1]!.parts)).toBe(`${letter.sender.text}借此机会再次向${addressee}致以最崇高的敬意。`);
    }
  });

  it('prints every masthead: both organs, the Assembly alone, the Council alone without sessions or agenda items, the emergency special session, a provisional agenda', () => {
    expect(new Set(letters.map((letter) => letter.masthead))).toEqual(new Set(['general-assembly-and-security-council', 'general-assembly', 'security-council']));
    expect(letters.some((letter) => letter.emergencySession === 10)).toBe(true);
    for (const { letter, text } of corpus) {
      const head = text.slice(0, text.indexOf(letter.titleLines[0]!));
      if (letter.masthead === 'security-council') expect(head, letter.fileName).not.toMatch(/届|议程项目/);
      if (letter.emergencySession !== null) expect(head, letter.fileName).toContain('第十届紧急特别会议');
      // A letter on the provisional agenda marks its agenda line, and its footnote names the agenda's document.
      if (letter.agendaMark !== null) {
        expect(head, letter.fileName).toMatch(/\n临时议程\*项目 \d/);
        expect(text, letter.fileName).toContain(`\n * A/${letter.session.generalAssembly}/150。`);
      }
    }
    expect(letters.some((letter) => letter.agendaMark !== null)).toBe(true);
  });

  it('prints cover blocks with each letter’s original language', () => {
    const names = { en: 'English', fr: 'French', ru: 'Russian', ar: 'Arabic', es: 'Spanish', zh: 'Chinese' };
    for (const { letter, text } of corpus) {
      expect(letter.originalLanguage === null, letter.fileName).toBe(!letter.coverBlock);
      if (letter.originalLanguage !== null) expect(text, letter.fileName).toContain(`\nOriginal: ${names[letter.originalLanguage]} \n`);
    }
    expect(new Set(letters.map((letter) => letter.originalLanguage)).size).toBeGreaterThanOrEqual(5);
  });

  it('carries symbols of every shape: A/…, S/…, A/ES-10/…, /Corr.1, /Rev.1, /Add.1, joined by a hyphen or an en dash', () => {
    const symbols = letters.flatMap((letter) => letter.symbols);
    for (const shape of [/^A\/\d+\/\d+$/, /^S\/\d{4}\/\d+$/, /^A\/ES-10\/\d+/, /\/Corr\.1$/, /\/Rev\.1$/, /\/Add\.1$/]) {
      expect(symbols.some((symbol) => shape.test(symbol)), String(shape)).toBe(true);
    }
    const joined = corpus.flatMap(({ letter, text }) => (letter.coverBlock && letter.symbols.length === 2 ? [text.includes(letter.symbols.join('–')) ? '–' : '-'] : []));
    expect(new Set(joined)).toEqual(new Set(['–', '-']));
  });

  it('wraps titles and annex headings over 2–3 printed lines in at least 20 % of letters, breaking even inside a name', () => {
    const wrapped = letters.filter((letter) => letter.titleLines.length > 1 || letter.annexes.some((annex) => annex.headingLines.length > 1));
    expect(share(wrapped.length)).toBeGreaterThanOrEqual(0.2);
    for (const letter of letters) {
      expect(letter.titleLines.join('')).toBe(letter.title);
      expect(letter.titleLines.length).toBeLessThanOrEqual(3);
      for (const annex of letter.annexes) expect(annex.headingLines.join('')).toBe(annex.heading);
    }
    const insideName = letters.filter((letter) => {
      const start = letter.title.indexOf(letter.sender.text);
      const breakAt = letter.titleLines[0]!.length;
      return letter.titleLines.length > 1 && breakAt > start && breakAt < start + letter.sender.text.length;
    });
    expect(insideName.length).toBeGreaterThan(0);
  });
});


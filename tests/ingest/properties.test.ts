/**
 * Property tests (fast-check): no input crashes the ingest with anything but a located
 * VFileMessage, and re-wrapping a PDF-text letter at other widths changes nothing in
 * its record — conservation included, which ingestLetter checks on every letter.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { ingestLetter } from '../../src/ingest/ingestLetter.ts';
import { LetterRecord } from '../../src/records/schema.ts';
import { rewrapPdfText } from './rewrapPdfText.ts';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const pdfSeeds = ['000_d83968b591f3d1da.txt', '001_0b9f3c6780dea85a.txt', '002_de74465ea8d83731.txt', '004_5b684ff4652c0d37.txt'];
const allSeeds = [...pdfSeeds, '003_3ced533688fc3dbb.txt'];
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Ingests `bytes`: a record the schema accepts, or a located VFileMessage naming the file — nothing else. */
function ingestsOrRefusesByName(name: string, bytes: Uint8Array): void {
  let record: unknown;
  try {
    record = ingestLetter(name, bytes);
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    expect(error.file).toBe(name);
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.reason.length).toBeGreaterThan(0);
    return;
  }
  expect(LetterRecord.safeParse(record).success).toBe(true);
}

/** Characters that mean something to one stage or another: Markdown, HTML, YAML, the seeds' conventions. */
const troublesome = fc.constantFrom(
  ...'#*_[]()<>!`-+>|:^\\&"\'~=.{}/\n\n\n  \t\u3000'.split(''),
  '<sup>1</sup>', '[^1]', '[^1]: ', '<!-- signature -->', '---', '## ', '# ', '1. ', ' 1 ', '1\\. ',
  '__________________', 'https://undocs.org/ch/S/RES/822(1993)', 'A/61/947', 'S/2007/339', '07-37523',
  '2007 年 6 月 7 日', '附件一', '常驻代表', '大使', '（签名）', '阁下：', '。', '，', '纳戈尔诺-', '卡拉巴赫',
  '\u202E', '\u0000', '\uFEFF', '\r\n', '\u00A0', '\uD800',
  // Lists and tables: a lead-in, bullets, column gaps, a pipe table's rows.
  '以下国家：\n', '阿富汗\n', '• ', '- ', '     ', '日期     地点\n', '| 甲 | 乙 |\n', '| --- | --- |\n', '| 1 | 2 | 3 |\n',
);
const troublesomeText = fc.array(fc.oneof(troublesome, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('no input crashes the ingest with anything but a located error', () => {
  it('arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => ingestsOrRefusesByName('any.txt', bytes)), { numRuns: 300 });
  });

  it('arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), troublesomeText), (text) => ingestsOrRefusesByName('any.txt', utf8(text))),
      { numRuns: 300 },
    );
  });

  it('arbitrary canonical Markdown', () => {
    fc.assert(
      fc.property(troublesomeText, troublesomeText, (front, body) =>
        ingestsOrRefusesByName('any.md', utf8(`---\n${front}\n---\n\n# 2021 年 5 月 15 日阿塞拜疆常驻联合国代表给秘书长的信\n\n${body}\n\n<!-- signature -->\n大使\n`)),
      ),
      { numRuns: 200 },
    );
  });

  it('a seed letter with text inserted anywhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allSeeds), fc.nat(), troublesomeText, (name, at, inserted) => {
        const text = seed(name);
        const offset = at % (text.length + 1);
        ingestsOrRefusesByName(name, utf8(text.slice(0, offset) + inserted + text.slice(offset)));
      }),
      { numRuns: 60 },
    );
  });

  it('a seed letter cut anywhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allSeeds), fc.nat(), (name, at) => {
        const bytes = utf8(seed(name));
        ingestsOrRefusesByName(name, bytes.subarray(0, at % (bytes.length + 1)));
      }),
      { numRuns: 40 },
    );
  });
});

/** What re-wrapping may change: furniture moves to other lines. */
const withoutLines = (record: LetterRecord) => ({ ...record, furniture: record.furniture.map(({ kind, text }) => ({ kind, text })) });

/**
 * Line widths to re-wrap at. Below 8 characters stage 1 can no longer tell a wrapped
 * line from a signature line by its length (at 4, `常驻代表` looks like a full line),
 * and no PDF text layer is that narrow.
 */
const widths = fc.array(fc.integer({ min: 8, max: 60 }), { minLength: 1, maxLength: 8 });

describe('re-wrapping a PDF-text letter', () => {
  it('re-wraps something in every PDF-text seed (the property below is not vacuous)', () => {
    for (const name of pdfSeeds) expect(rewrapPdfText(seed(name), [7])).not.toBe(seed(name));
  });

  it('changes nothing in the record, and conservation holds', () => {
    const originals = new Map(pdfSeeds.map((name) => [name, withoutLines(ingestLetter(name, utf8(seed(name))))]));
    fc.assert(
      fc.property(fc.constantFrom(...pdfSeeds), widths, (name, widths) => {
        const record = ingestLetter(name, utf8(rewrapPdfText(seed(name), widths)));
        expect(withoutLines(record)).toEqual(originals.get(name));
      }),
      { numRuns: 24 },
    );
  });
});

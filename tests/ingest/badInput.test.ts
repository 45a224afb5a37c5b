/**
 * Hostile and broken seeds, generated here from the real ones (no binaries committed).
 * Each gives the documented outcome: a located error naming file and line, a non-zero
 * exit and no output from the CLI — or a correct record with the text kept literally.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFileMessage } from 'vfile-message';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestLetter } from '../../src/ingest/ingestLetter.ts';
import { Archive, type LetterRecord } from '../../src/records/schema.ts';

const root = new URL('../../', import.meta.url).pathname;
const seedNames = ['000_d83968b591f3d1da.txt', '001_0b9f3c6780dea85a.txt', '002_de74465ea8d83731.txt', '003_3ced533688fc3dbb.txt', '004_5b684ff4652c0d37.txt'];
const seedText = (prefix: string): string => {
  const name = seedNames.find((candidate) => candidate.startsWith(prefix)) ?? '';
  return readFileSync(join(root, 'seeds', name), 'utf8');
};
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The located message seed `name` with `bytes` is refused with. */
function refusal(name: string, bytes: Uint8Array): VFileMessage {
  try {
    ingestLetter(name, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(VFileMessage);
    return error as VFileMessage;
  }
  throw new Error(`expected ${name} to be refused`);
}

const allText = (record: LetterRecord) =>
  [record.title, ...[...record.body, ...record.annexes.flatMap((annex) => annex.blocks), ...record.footnotes].map((part) => part.text)].join('\n');

/** Replaces the first line of `text` containing `marker` by `change(line)`; the marker must be there. */
function changeLine(text: string, marker: string, change: (line: string) => string): string {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.includes(marker));
  if (index < 0) throw new Error(`no line with ${marker}`);
  lines[index] = change(lines[index] ?? '');
  return lines.join('\n');
}
const lineOf = (text: string, marker: string) => text.split('\n').findIndex((line) => line.includes(marker)) + 1;

/** GBK bytes of `text`, from the reverse of Node's GBK decoder (Node has no GBK encoder). */
function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const character = decoder.decode(new Uint8Array([lead, trail]));
      if (character.length === 1 && character !== '\ufffd' && !table.has(character)) table.set(character, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(table.get(character) ?? [0x3f]));
  }
  return new Uint8Array(bytes);
}

/** Where seed 000 is cut inside a character: the first Chinese character after its 2000th. */
const cutAt = [...seedText('000').matchAll(/[\u4e00-\u9fff]/g)].find((match) => match.index >= 2000)?.index ?? 0;
const title004 = '2025 年 5 月 28 日阿塞拜疆常驻联合国代表给秘书长的信 ';
const firstParagraph004 = '奉阿塞拜疆共和国政府指示';

/** The seeds the ingest must refuse, each with the message it must give and the line it must name. */
const refused: { name: string; bytes: Uint8Array; reason: RegExp; line?: number }[] = [
  { name: 'empty.txt', bytes: new Uint8Array(), reason: /empty/ },
  { name: 'blank.txt', bytes: utf8(' \n\n \t\n'), reason: /empty/ },
  // The start of an ELF executable.
  { name: 'binary.txt', bytes: new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]), reason: /binary/ },
  { name: 'gbk.txt', bytes: encodeGbk(seedText('000')), reason: /GBK/, line: 1 },
  {
    name: 'utf16-no-bom.txt',
    bytes: new Uint8Array(Buffer.from(seedText('004'), 'utf16le')),
    reason: /UTF-16/,
  },
  {
    name: 'cut-mid-character.txt',
    bytes: utf8(seedText('000')).subarray(0, utf8(seedText('000').slice(0, cutAt)).length + 1),
    reason: /UTF-8/,
    line: seedText('000').slice(0, cutAt).split('\n').length,
  },
  {
    name: 'cut-mid-letter.txt',
    bytes: utf8(seedText('000').split('\n').slice(0, lineOf(seedText('000'), '除 2007 年 6 月 1 日我的信') + 2).join('\n')),
    reason: /truncated/,
  },
  {
    name: 'cut-mid-annex.txt',
    bytes: utf8(seedText('004').slice(0, seedText('004').indexOf('这次会议汇聚了') + 30)),
    reason: /mid-sentence/,
  },
  {
    name: 'no-date.txt',
    bytes: utf8(changeLine(seedText('004'), title004, (line) => line.replace('2025 年 5 月 28 日', ''))),
    reason: /no date/,
    line: lineOf(seedText('004'), title004),
  },
  {
    name: 'two-dates.txt',
    bytes: utf8(changeLine(seedText('004'), title004, (line) => line.replace('日阿塞拜疆', '日和 2025 年 5 月 29 日阿塞拜疆'))),
    reason: /two different dates/,
    line: lineOf(seedText('004'), title004),
  },
  {
    name: 'no-title.txt',
    bytes: utf8(seedText('003').replace(/^## .*\n/m, '')),
    reason: /title/,
  },
  {
    // A reissue's or a provisional agenda's mark in the heading block promises a footnote at the page foot.
    name: 'symbol-mark-without-footnote.txt',
    bytes: utf8(changeLine(seedText('001'), 'A/61/1006', (line) => line.replace('A/61/1006', 'A/61/1006*'))),
    reason: /the symbols carry the footnote mark `\*`, but no footnote `\*` follows/,
    line: lineOf(seedText('001'), 'A/61/1006'),
  },
  {
    // Under a cover block, whose barcode (`*0743604*`) also prints a `*`: the agenda line is named.
    name: 'agenda-mark-under-cover-without-footnote.txt',
    bytes: utf8(changeLine(seedText('001'), '议程项目', (line) => line.replace('议程项目', '临时议程*项目'))),
    reason: /the agenda line carries the footnote mark `\*`, but no footnote `\*` follows/,
    line: lineOf(seedText('001'), '议程项目'),
  },
  {
    name: 'agenda-mark-without-footnote.txt',
    bytes: utf8(changeLine(seedText('004'), '议程项目', (line) => line.replace('议程项目', '临时议程*项目'))),
    reason: /the agenda line carries the footnote mark `\*`, but no footnote `\*` follows/,
    line: lineOf(seedText('004'), '议程项目'),
  },
  { name: 'fifty-megabytes.txt', bytes: new Uint8Array(50 * 1024 * 1024).fill(0xe4), reason: /too large/, line: 1 },
  {
    name: 'bidi.txt',
    bytes: utf8(changeLine(seedText('004'), firstParagraph004, (line) => line.replace('指示', '指\u202E示'))),
    reason: /bidi/i,
    line: lineOf(seedText('004'), firstParagraph004),
  },
];

describe('bad seeds are refused by name and line', () => {
  for (const { name, bytes, reason, line } of refused) {
    it(name, () => {
      const message = refusal(name, bytes);
      expect(message.reason).toMatch(reason);
      expect(message.file).toBe(name);
      expect(message.line).toBeGreaterThanOrEqual(1);
      if (line !== undefined) expect(message.line).toBe(line);
    });
  }
});

describe('awkward seeds give correct records', () => {
  const clean = (prefix: string) => ingestLetter(`${prefix}.txt`, utf8(seedText(prefix)));

  it('CRLF line ends, a BOM and trailing spaces change nothing', () => {
    for (const prefix of ['000', '003']) {
      const text = seedText(prefix);
      const messy = `\uFEFF${text.split('\n').map((line) => `${line}  \t`).join('\r\n')}`;
      expect(ingestLetter(`${prefix}.txt`, utf8(messy))).toEqual(clean(prefix));
    }
  });

  it('UTF-16 with a byte-order mark reads as the UTF-8 seed does', () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText('004'), 'utf16le')]));
    expect(ingestLetter('004.txt', bytes)).toEqual(clean('004'));
  });

  const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3)';
  it('HTML and script in a PDF-text seed stay literal text, never links', () => {
    const record = ingestLetter('004.txt', utf8(changeLine(seedText('004'), firstParagraph004, (line) => line.replace('指示，', `指示，${hostile}`))));
    expect(allText(record)).toContain(hostile);
    const hrefs = [...record.body, ...record.annexes.flatMap((annex) => annex.blocks)].flatMap((block) => (block.links ?? []).map((link) => link.href));
    for (const href of hrefs) expect(href).toMatch(/^https?:/);
  });

  it('HTML and script in a Markdown seed stay literal text', () => {
    const inline = ingestLetter('003.txt', utf8(seedText('003').replace('谨向你提交', `谨向你提交${hostile}`)));
    expect(allText(inline)).toContain(hostile);
    const block = ingestLetter('003.txt', utf8(seedText('003').replace('然而，亚美尼亚并未落实', `${hostile}\n\n然而，亚美尼亚并未落实`)));
    expect(allText(block)).toContain(hostile);
  });

  it('a javascript: URL in a page’s link list is kept as text, never as a link', () => {
    const linkLine = 'https://undocs.org/ch/S/RES/853(1993)';
    const text = changeLine(seedText('002'), linkLine, (line) => `${line}\njavascript:alert(1)`);
    const record = ingestLetter('002.txt', utf8(text));
    const links = [...record.body, ...record.annexes.flatMap((annex) => annex.blocks), ...record.footnotes].flatMap((part) => part.links ?? []);
    for (const link of links) expect(link.href).toMatch(/^https?:/);
    const kept = [allText(record), ...record.furniture.map((piece) => piece.text)].join('\n');
    expect(kept).toContain('javascript:alert(1)');
  });

  it('Markdown control characters in a PDF-text seed stay literal text', () => {
    const controls = '*强调* _下划线_ [链接](https://example.org) `代码` ~~删~~ | 表 | \\ &amp; [^9]';
    const record = ingestLetter(
      '004.txt',
      utf8(changeLine(seedText('004'), firstParagraph004, (line) => line.replace('指示，', `指示，${controls}`))),
    );
    expect(allText(record)).toContain(controls);
  });

  it('Markdown line syntax at a paragraph start in a PDF-text seed stays literal text', () => {
    for (const start of ['# 不是标题', '> 不是引文', '- 不是列表', '---', '[^1]: 不是脚注', '<!-- signature -->']) {
      const record = ingestLetter('004.txt', utf8(changeLine(seedText('004'), firstParagraph004, (line) => line.replace(firstParagraph004, `${start}${firstParagraph004}`))));
      expect(allText(record)).toContain(`${start}${firstParagraph004}`);
    }
  });

  it('very long lines are read whole', () => {
    const long = '阿塞拜疆常驻联合国代表的很长的一段话，'.repeat(10_000) + '完。';
    const markdown = ingestLetter('003.txt', utf8(seedText('003').replace('谨向你提交', `${long}谨向你提交`)));
    expect(allText(markdown)).toContain(long);
    const pdf = ingestLetter('004.txt', utf8(changeLine(seedText('004'), firstParagraph004, (line) => line.replace('指示，', `指示，${long}`))));
    expect(allText(pdf)).toContain(long);
  });
});

describe('npm run ingest', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const run = (seeds: string, out: string, ...extra: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/ingest.ts'), '--seeds', seeds, '--out', out, ...extra], {
      cwd: root,
      encoding: 'utf8',
    });

  it('writes documents.json for good seeds', () => {
    const out = join(dir, 'good-out');
    const result = run(join(root, 'seeds'), out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const records = Archive.parse(JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8')));
    expect(records).toHaveLength(5);
  });

  it('reports every bad seed as file:line:column: reason, exits non-zero and writes nothing', async () => {
    const seeds = join(dir, 'bad');
    await mkdir(seeds);
    for (const { name, bytes } of refused) await writeFile(join(seeds, name), bytes);
    await writeFile(join(seeds, '000-copy-a.txt'), seedText('000'));
    await writeFile(join(seeds, '000-copy-b.txt'), seedText('000'));
    await writeFile(join(seeds, '004.txt'), seedText('004'));
    const out = join(dir, 'bad-out');
    const result = run(seeds, out);
    expect(result.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(refused.length + 1);
    for (const { name } of refused) {
      expect(lines.some((line) => new RegExp(`^${join(seeds, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: \\S`).test(line))).toBe(true);
    }
    const duplicate = lines.find((line) => line.includes('duplicate'));
    expect(duplicate).toContain(join(seeds, '000-copy-a.txt'));
    expect(duplicate?.startsWith(join(seeds, '000-copy-b.txt'))).toBe(true);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('with --keep-going writes the good letters and still exits non-zero', async () => {
    const seeds = join(dir, 'mixed');
    await mkdir(seeds);
    await writeFile(join(seeds, 'empty.txt'), '');
    await writeFile(join(seeds, '004.txt'), seedText('004'));
    const out = join(dir, 'mixed-out');
    const result = run(seeds, out, '--keep-going');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/empty\.txt:1:1: /);
    expect(Archive.parse(JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8'))).map((record) => record.source)).toEqual(['004.txt']);
  });
});

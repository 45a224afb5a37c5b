import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { decodeSeed } from '../../src/ingest/decodeSeed.ts';
import { seedBytes, seedText } from './seedText.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** GBK bytes of `text`, built from Node's own GBK decoder so the test needs no encoder package. */
function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else bytes.push(...(table.get(char) ?? [0x3f]));
  }
  return new Uint8Array(bytes);
}

function refusal(path: string, bytes: Uint8Array): VFileMessage {
  try {
    decodeSeed(path, bytes);
  } catch (error) {
    if (error instanceof VFileMessage) return error;
    throw error;
  }
  throw new Error('the seed was accepted');
}

describe('decodeSeed', () => {
  it('decodes the five UTF-8 seeds unchanged', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const text = seedText(prefix);
      expect(text).toBe(new TextDecoder().decode(seedBytes(prefix)));
      expect(text).toContain('阿塞拜疆');
    }
  });

  it('drops a UTF-8 BOM and turns CRLF and CR line ends into LF', () => {
    const plain = seedText('000');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(plain.replace(/\n/g, '\r\n'))]);
    expect(decodeSeed('crlf.txt', bom)).toBe(plain);
    expect(decodeSeed('cr.txt', utf8(plain.replace(/\n/g, '\r')))).toBe(plain);
  });

  it('decodes UTF-16 with a BOM, little- and big-endian', () => {
    const text = seedText('001');
    const little = new Uint8Array(2 + text.length * 2);
    const big = new Uint8Array(2 + text.length * 2);
    little.set([0xff, 0xfe]);
    big.set([0xfe, 0xff]);
    for (let index = 0; index < text.length; index++) {
      const unit = text.charCodeAt(index);
      little.set([unit & 0xff, unit >> 8], 2 + index * 2);
      big.set([unit >> 8, unit & 0xff], 2 + index * 2);
    }
    expect(decodeSeed('le.txt', little)).toBe(text);
    expect(decodeSeed('be.txt', big)).toBe(text);
  });

  it('refuses an empty or blank file by name', () => {
    for (const bytes of [new Uint8Array(), utf8('  \n\r\n\t \n')]) {
      const error = refusal('seeds/empty.txt', bytes);
      expect(error.ruleId).toBe('empty-file');
      expect(error.file).toBe('seeds/empty.txt');
      expect(error.line).toBe(1);
    }
  });

  it('refuses a binary file, naming the line of the first NUL byte', () => {
    const bytes = new Uint8Array([...utf8('第一行\n第二行\n'), 0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]);
    const error = refusal('seeds/scan.png.txt', bytes);
    expect(error.ruleId).toBe('binary-file');
    expect(error.line).toBe(3);
    expect(refusal('x.txt', utf8('文字\u0007文字')).ruleId).toBe('binary-file');
  });

  it('refuses GBK text by name at its first non-UTF-8 byte, never as mojibake', () => {
    const text = `${seedText('000').split('\n').slice(0, 20).join('\n')}\n`;
    const bytes = encodeGbk(text);
    expect(new TextDecoder('gbk').decode(bytes)).toBe(text);
    const error = refusal('seeds/gbk.txt', bytes);
    expect(error.ruleId).toBe('not-utf8');
    expect(error.reason).toMatch(/GBK/);
    expect(error.reason).toMatch(/re-save as UTF-8/);
    expect(error.line).toBe(1);
    expect(error.column).toBe(2);
  });

  it('refuses other invalid UTF-8 naming the byte', () => {
    const error = refusal('x.txt', new Uint8Array([...utf8('正文\n正文'), 0xc3, 0x28]));
    expect(error.ruleId).toBe('not-utf8');
    expect(error.reason).toMatch(/0xC3/);
    expect([error.line, error.column]).toEqual([2, 3]);
  });

  it('refuses UTF-16 without a byte-order mark by name', () => {
    const text = '大会\n安全理事会\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let index = 0; index < text.length; index++) bytes.set([text.charCodeAt(index) & 0xff, text.charCodeAt(index) >> 8], index * 2);
    expect(refusal('x.txt', bytes).ruleId).toBe('utf16');
  });

  it('refuses UTF-16 with a byte-order mark that is cut or holds a lone surrogate, at the first unit that is no character', () => {
    /** UTF-16 bytes of `units`, little- or big-endian, after the byte-order mark. */
    const utf16 = (units: number[], little: boolean) => Uint8Array.from([...(little ? [0xff, 0xfe] : [0xfe, 0xff]), ...units.flatMap((unit) => (little ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]))]);
    const odd = refusal('cut.txt', Uint8Array.from([0xff, 0xfe, 0x00]));
    expect([odd.ruleId, odd.line, odd.column, odd.reason]).toEqual(['not-utf16', 1, 1, 'not valid UTF-16LE after its byte-order mark: an odd last byte']);
    const text = [...'大会\n安全'].map((char) => char.charCodeAt(0));
    for (const little of [true, false]) {
      const lone = refusal('lone.txt', utf16([...text, 0xd800, 0x0041], little));
      expect([lone.file, lone.ruleId, lone.line, lone.column]).toEqual(['lone.txt', 'not-utf16', 2, 3]);
      expect(lone.reason).toBe(`not valid ${little ? 'UTF-16LE' : 'UTF-16BE'} after its byte-order mark: a lone surrogate`);
    }
    // A surrogate pair is a character: 𠀀 (U+20000) decodes.
    expect(decodeSeed('pair.txt', utf16([0x5927, 0xd840, 0xdc00], true))).toBe('大𠀀');
  });

  it('refuses bidi override characters, which could reorder what readers see', () => {
    const error = refusal('x.txt', utf8('第一行\n付款给 \u202Eevil\u202C 账户'));
    expect(error.ruleId).toBe('bidi-control');
    expect([error.line, error.column]).toEqual([2, 5]);
  });
});

/**
 * Turns a seed file's bytes into text: UTF-8 (a BOM is dropped) or UTF-16 with a
 * BOM, line ends normalised to LF. Anything else is refused by name — an empty
 * file, a binary file, GBK or another legacy encoding, bidi overrides — because
 * guessing would risk showing readers mojibake or spoofed text.
 */
import { locatedError } from './locatedError.ts';

/** Bidi embeddings, overrides and isolates: they reorder what a reader sees (Trojan Source). */
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/;
/** C0 controls other than tab, LF, FF and CR, plus DEL: never in a letter's text layer. */
const binaryControl = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

export function decodeSeed(path: string, bytes: Uint8Array): string {
  const text = normaliseLineEnds(decodeBytes(path, bytes));
  if (text.trim() === '') throw locatedError(path, 'empty file: no letter text', 'empty-file', 1, 1);
  refuse(path, text, binaryControl, 'binary-file', (char) => `binary file: control character U+${hex(char)}`);
  refuse(path, text, bidiControl, 'bidi-control', (char) => `bidi control character U+${hex(char)} could reorder the text shown to readers`);
  return text;
}

function decodeBytes(path: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(path, bytes.subarray(2), true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(path, bytes.subarray(2), false);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const nul = body.indexOf(0);
  if (nul >= 0) {
    const { line, column } = placeOfByte(body, nul);
    if (looksLikeUtf16(body)) {
      throw locatedError(path, 'not UTF-8: looks like UTF-16 without a byte-order mark — re-save as UTF-8', 'utf16', line, column);
    }
    throw locatedError(path, 'binary file: NUL byte', 'binary-file', line, column);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const bad = firstInvalidUtf8(body);
    const { line, column } = placeOfByte(body, bad);
    if (looksLikeGbk(body)) {
      throw locatedError(path, 'not UTF-8: looks like GBK (GB 18030) — re-save as UTF-8', 'not-utf8', line, column);
    }
    throw locatedError(path, `not UTF-8: invalid byte 0x${(body[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`, 'not-utf8', line, column);
  }
}

/** The UTF-16 text after a byte-order mark, or a located refusal at its first code unit that is no character. */
function decodeUtf16(path: string, body: Uint8Array, littleEndian: boolean): string {
  const encoding = littleEndian ? 'utf-16le' : 'utf-16be';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    const bad = firstInvalidUtf16(body, littleEndian);
    const before = normaliseLineEnds(new TextDecoder(encoding).decode(body.subarray(0, bad)));
    const { line, column } = placeInText(before, before.length);
    const what = bad + 1 >= body.length ? 'an odd last byte' : 'a lone surrogate';
    throw locatedError(path, `not valid ${littleEndian ? 'UTF-16LE' : 'UTF-16BE'} after its byte-order mark: ${what}`, 'not-utf16', line, column);
  }
}

/** Offset of the first code unit of `bytes` that is no character: a lone surrogate, or a last byte without its pair. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (at: number) => (littleEndian ? (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) : ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0));
  for (let at = 0; at < bytes.length; at += 2) {
    if (at + 1 >= bytes.length) return at;
    const code = unit(at);
    if (code >= 0xdc00 && code <= 0xdfff) return at;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = at + 3 < bytes.length ? unit(at + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return at;
      at += 2;
    }
  }
  return bytes.length;
}

function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function refuse(path: string, text: string, pattern: RegExp, ruleId: string, reason: (char: string) => string): void {
  const match = pattern.exec(text);
  if (!match) return;
  const { line, column } = placeInText(text, match.index);
  throw locatedError(path, reason(match[0]), ruleId, line, column);
}

/** The 1-based line and column of offset `index` in `text` (LF line ends). */
function placeInText(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

function hex(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; index++) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) continue;
    const length = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
    if (length < 0) return index;
    for (let next = 1; next <= length; next++) if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    index += length;
  }
  return 0;
}

/** 1-based line and column (in characters of the valid prefix) of byte `offset`. */
function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = prefix.split(/\r\n?|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * UTF-16 without a BOM writes each line end as a code unit, `0A 00` (little-endian)
 * or `00 0A` (big-endian) at an even offset, and decodes to text without control
 * characters; a binary file does not.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length % 2 !== 0) return false;
  let little = 0;
  let big = 0;
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    if (bytes[index] === 0x0a && bytes[index + 1] === 0) little++;
    if (bytes[index] === 0 && bytes[index + 1] === 0x0a) big++;
  }
  if (little === big) return false;
  try {
    const text = new TextDecoder(little > big ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
    return !binaryControl.test(text);
  } catch {
    return false;
  }
}

/** Decodes as GBK without error and mostly to CJK ideographs. */
function looksLikeGbk(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('gbk', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const wide = text.match(/[^\x00-\x7F]/g) ?? [];
  const han = text.match(/[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]/g) ?? [];
  return wide.length > 0 && han.length / wide.length > 0.9;
}

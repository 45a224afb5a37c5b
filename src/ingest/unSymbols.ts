/**
 * The UN document symbols printed in a piece of text, in order: `A/61/1006–S/2007/452`
 * gives `A/61/1006` and `S/2007/452`; `A/ES-10/1001` and `A/78/800/Corr.1` are one symbol each.
 */
import { symbolMark } from './footnoteId.ts';

const symbol = /\b(?:[A-Z]{1,3}(?:\.\d+)?)(?:\/[A-Za-z0-9.()]+(?:-\d+(?=\/))?)+/g;

export function unSymbols(text: string): string[] {
  return text.match(symbol) ?? [];
}

const wholeSymbol = new RegExp(`^${symbol.source}$`);
const markAtEnd = new RegExp(`${symbolMark}+$`);

/** A line that is nothing but UN symbols, a reissue's `*` after one allowed: a running header. */
export function isSymbolLine(text: string): boolean {
  return text.trim().split(/\s+/).every((token) => wholeSymbol.test(token.replace(markAtEnd, '')));
}

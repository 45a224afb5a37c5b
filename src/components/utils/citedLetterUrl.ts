/**
 * Resolves a cited UN symbol to the page of the archived letter that carries it,
 * so a citation stays inside the archive when it can. A letter issued under two
 * symbols is cited either by one of them or by both joined with a dash
 * (`A/61/947-S/2007/339`, printed also with `–`).
 */
import type { LetterRecord } from '../../records/schema.ts';

/** Splits a joint symbol into its parts: `A/61/947–S/2007/339` → `A/61/947`, `S/2007/339`. */
export function symbolParts(symbol: string): string[] {
  return symbol
    .normalize('NFKC')
    .split(/\s*[-‐‑‒–—]\s*(?=[A-Z]+\/)/)
    .map((part) => part.trim().toUpperCase())
    .filter((part) => part !== '');
}

/** Builds the lookup once per site: symbol part → letter page path. */
export function citedLetterUrls(records: readonly Pick<LetterRecord, 'symbols' | 'url'>[]): (symbol: string) => string | undefined {
  const bySymbol = new Map<string, string>();
  for (const record of records) {
    for (const symbol of record.symbols) {
      for (const part of symbolParts(symbol)) bySymbol.set(part, record.url);
    }
  }
  return (symbol) => {
    for (const part of symbolParts(symbol)) {
      const url = bySymbol.get(part);
      if (url) return url;
    }
    return undefined;
  };
}

/**
 * Finds what a block's text links to: bare `http(s)` and `www.` URLs, UN document symbols
 * (`S/2007/339`, joint `A/61/938-S/2007/327`, `S/RES/822(1993)`), Security Council
 * resolutions cited by number (`安全理事会第 822(1993)、853(1993)号决议` → `S/RES/822(1993)`…),
 * and the General Assembly's and the Human Rights Council's, named with the body
 * (`大会第 62/243 号决议` → `A/RES/62/243`, `人权理事会第 7/34 号决议` → `A/HRC/RES/7/34`).
 */
import type { Link } from '../records/schema.ts';

/** Where a cited UN symbol is read on undocs.org, in Chinese. */
export function undocsUrl(symbol: string): string {
  return `https://undocs.org/zh/${symbol}`;
}

/** A bare URL; `www.` without a scheme is a link too, as GFM reads it. */
const url = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;
/** `61`, `HRC`, `L.5`, `ES-10` (an emergency special session), `Corr.1`, `Rev.1`, `Add.1`. */
const segment = String.raw`(?:[A-Z][a-z]{2,4}\.\d+|[A-Z0-9]+(?:-\d+(?=/))?(?:\.[A-Z0-9]+)*)`;
const oneSymbol = String.raw`(?:A|S|E|ST|SG)(?:/${segment})+(?:\(\d{4}\))?`;
/** Not inside a longer token: `OIC/…` or a path segment of a URL is no UN symbol. */
const symbol = new RegExp(String.raw`(?<![A-Za-z0-9/.\-])${oneSymbol}(?:[-–]${oneSymbol})*`, 'g');
/**
 * `第 822(1993)、853(1993)和 884(1993)号决议`, `第 822(1993)号和第 853(1993)号决议`: a number
 * with its year in brackets is how Security Council resolutions are cited (other bodies
 * number theirs `62/243`, `7/34-P`).
 */
const resolutionItemSource = String.raw`\d+\(\d{4}\)`;
const resolutionList = new RegExp(
  String.raw`第\s*(${resolutionItemSource}(?:\s*(?:[、,，]|和|及|号[和及、]第)\s*${resolutionItemSource})*)\s*号决议`,
  'g',
);
const resolutionItem = /(\d+)\((\d{4})\)/g;
/**
 * `大会第 62/243 号决议`, `大会 2008 年 3 月 14 日第 62/243 号决议`, `大会第 ES-11/1 和 ES-11/4 号决议`,
 * `大会第 377(V)号决议`: only with the body's name before them, since other bodies number
 * their resolutions alike (`伊斯兰会议组织…第 7/34-P 号决议`).
 */
const bodyResolutionItem = String.raw`(?:(?:ES-|S-)?\d{1,2}/\d{1,3}(?![\d/-])|\d{1,4}\s*\([IVXL]{1,6}\))`;
const bodyResolutionList = new RegExp(
  String.raw`(大会|人权理事会)(?:\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?)?第\s*(${bodyResolutionItem}(?:\s*(?:[、,，]|和|及|号[和及、]第)\s*${bodyResolutionItem})*)\s*号决议`,
  'g',
);
const bodyResolutionItems = new RegExp(bodyResolutionItem, 'g');
const bodySymbolPrefix: Record<string, string> = { 大会: 'A/RES/', 人权理事会: 'A/HRC/RES/' };

/** A URL's end without the punctuation that closes the sentence around it (or an unopened bracket). */
function trimUrl(candidate: string): string {
  let end = candidate.length;
  for (;;) {
    const last = candidate[end - 1];
    const text = candidate.slice(0, end);
    const unbalanced = last === ')' && (text.match(/\(/g)?.length ?? 0) < (text.match(/\)/g)?.length ?? 0);
    if (last && ('.,;:!?\''.includes(last) || unbalanced)) end--;
    else return text;
  }
}

/** The links in `text`, sorted by start; spans never overlap. */
export function findCitations(text: string): Link[] {
  const links: Link[] = [];
  const overlaps = (start: number, end: number) => links.some((link) => start < link.end && link.start < end);

  for (const match of text.matchAll(url)) {
    const span = trimUrl(match[0]);
    const href = span.startsWith('www.') ? `http://${span}` : span;
    if (URL.canParse(href)) links.push({ start: match.index, end: match.index + span.length, href });
  }
  for (const match of text.matchAll(symbol)) {
    const end = match.index + match[0].length;
    // A letter-only `A/B` is no symbol; every UN symbol carries a number.
    if (!/\d/.test(match[0]) || overlaps(match.index, end)) continue;
    const normalised = match[0].replace(/–/g, '-');
    links.push({ start: match.index, end, href: undocsUrl(normalised), symbol: normalised });
  }
  const linkResolutions = (list: RegExpMatchArray, items: string, item: RegExp, symbolOf: (item: RegExpMatchArray) => string) => {
    const itemsStart = (list.index ?? 0) + list[0].lastIndexOf(items);
    for (const found of items.matchAll(item)) {
      const start = itemsStart + (found.index ?? 0);
      const end = start + found[0].length;
      if (overlaps(start, end)) continue;
      const resolution = symbolOf(found);
      links.push({ start, end, href: undocsUrl(resolution), symbol: resolution });
    }
  };
  for (const list of text.matchAll(resolutionList)) linkResolutions(list, list[1] ?? '', resolutionItem, (item) => `S/RES/${item[1]}(${item[2]})`);
  for (const list of text.matchAll(bodyResolutionList)) {
    const prefix = bodySymbolPrefix[list[1] ?? ''] ?? '';
    linkResolutions(list, list[2] ?? '', bodyResolutionItems, (item) => prefix + item[0].replace(/\s+/g, ''));
  }
  return links.sort((a, b) => a.start - b.start);
}

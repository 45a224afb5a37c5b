/**
 * Joins the hard-wrapped lines of one paragraph into one text. Chinese text
 * joins without a space, and so does a line ending in a hyphen or slash
 * (`纳戈尔诺-` + `卡拉巴赫`, `A/74/881-` + `S/2020/503`); Latin words split over
 * lines keep their space, except a URL broken over lines that the letter's
 * link list confirms whole.
 */
import type { DraftText, SourceLine } from './draft.ts';

/** Characters that sit in Chinese text without spaces around them. */
const wide = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’…—]/u;
const urlTail = /[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+$/;
const urlHead = /^[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+/;

export function joinWrappedLines(lines: readonly SourceLine[], urls: readonly string[] = []): DraftText {
  let text = '';
  const origins: DraftText['origins'] = [];
  for (const { line, text: raw } of lines) {
    const piece = raw.trim();
    if (piece === '') continue;
    if (text !== '') text += separator(text, piece, urls);
    origins.push({ offset: text.length, line });
    text += piece;
  }
  return { text, origins, marks: [] };
}

function separator(left: string, right: string, urls: readonly string[]): string {
  const last = left.at(-1) ?? '';
  const first = right[0] ?? '';
  if (wide.test(last) || wide.test(first)) return '';
  if (last === '-' || last === '/') return '';
  if (continuesUrl(left, right, urls)) return '';
  return ' ';
}

/** The end of `left` and the start of `right` together are part of a URL the letter lists. */
function continuesUrl(left: string, right: string, urls: readonly string[]): boolean {
  const tail = urlTail.exec(left)?.[0] ?? '';
  const head = urlHead.exec(right)?.[0] ?? '';
  if (!/[./]/.test(tail) || head === '') return false;
  const joined = withoutScheme(tail + head);
  return urls.some((url) => withoutScheme(url).includes(joined));
}

function withoutScheme(url: string): string {
  return url.replace(/^[a-z]+:\/\//i, '');
}

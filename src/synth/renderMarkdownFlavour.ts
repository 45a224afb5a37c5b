/**
 * Prints a synthetic letter in the Markdown-ish flavour of seed 003: the masthead
 * lines first (wrapped agenda titles joined by two trailing spaces), a `## ` title,
 * one paragraph per line, `<sup>1</sup>` footnote marks with each footnote printed
 * after its paragraph, cited symbols as `[A/74/450-S/2019/762](#)` links, annex
 * heading and title on two lines joined by two trailing spaces, and no newline at
 * the end of the file.
 */
import type { Inline, SynthLetter, SynthParagraph } from './letterModel.ts';
import { itemList, ORGANS, sessionLines } from './mastheadText.ts';
import { wrapText } from './wrapText.ts';

const MASTHEAD_WIDTH = 44;

export function renderMarkdownFlavour(letter: SynthLetter): string {
  // Seed 003 runs the organs and session lines together: `大会` / `第七十五届会议安全理事会` / `第七十六年`.
  const [assembly, council] = letter.masthead === 'general-assembly-and-security-council' ? ORGANS[letter.masthead] : [ORGANS[letter.masthead][0]];
  const [session, year] = sessionLines(letter);
  const masthead = council === undefined ? [assembly!, ...(session === undefined ? [] : [session])] : [assembly!, `${session}${council}`, year!];
  const out: string[] = ['', '', masthead.join('  \n'), ''];
  if (letter.agendaItems.length > 0) out.push(`议程项目 ${itemList(letter)}`, '');
  for (const item of letter.agendaItems) out.push(wrapText(item.title, { width: MASTHEAD_WIDTH }).join('  \n'), '');
  out.push(`## ${letter.title}`, '');
  if (letter.salutation !== null) out.push(letter.salutation, '');
  const paragraph = (block: SynthParagraph): void => {
    out.push(inline(block.parts), '');
    for (const part of block.parts) {
      if (part.kind !== 'mark') continue;
      const footnote = letter.footnotes.find((note) => note.marker === part.marker);
      if (footnote === undefined) throw new Error(`footnote ${part.marker} has no text`);
      out.push(`<sup>${footnote.marker}</sup> ${inline(footnote.parts)}`, '', '', '');
    }
  };
  letter.body.forEach(paragraph);
  for (const line of letter.signature) out.push(line, '');
  for (const annex of letter.annexes) {
    out.push(`${annex.heading}  `, annex.title, '');
    annex.paragraphs.forEach(paragraph);
    for (const item of annex.items) out.push(`- ${item}`, '');
    if (annex.dateline !== null) out.push(annex.dateline, '');
  }
  // Seed 003 ends on its last line, without a newline.
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

function inline(parts: readonly Inline[]): string {
  return parts
    .map((part) => (part.kind === 'text' ? part.text : part.kind === 'mark' ? `<sup>${part.marker}</sup>` : `[${part.symbol}](#)`))
    .join('');
}

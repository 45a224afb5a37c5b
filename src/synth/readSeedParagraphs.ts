/**
 * Rough paragraphs of a seed letter, as raw material for synthetic letters.
 * This is not the ingest: it only needs to be good enough to find prose, and
 * whatever it gets wrong (furniture glued to a paragraph, footnote marks) is
 * thrown away afterwards by `collectSentences`.
 */

/** Paragraphs of a seed's text, in either flavour. */
export function readSeedParagraphs(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  return lines.some((line) => line.startsWith('## ')) ? markdownParagraphs(lines) : pdfParagraphs(lines);
}

/** The Markdown flavour prints one paragraph per line. */
function markdownParagraphs(lines: string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line.length > 0 && !line.startsWith('#'));
}

/** The PDF flavour hard-wraps; an indented line starts a paragraph. */
function pdfParagraphs(lines: string[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (/^\s/.test(line) && current !== '') {
      paragraphs.push(current);
      current = '';
    }
    const piece = line.trim();
    // Latin words wrapped over lines keep their space; CJK joins without one.
    current += /[A-Za-z,]$/.test(current) && /^[A-Za-z]/.test(piece) ? ` ${piece}` : piece;
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}

/** Test support: re-wraps the plain Chinese paragraphs of a PDF-text seed at other widths. */
const han = /^[\u4e00-\u9fff，、；：“”‘’（）《》·]/;
/** A line that ends a sentence: a run stops there, so the re-wrapping never moves a paragraph boundary. */
const sentenceEnd = /[。：；！？]$/;

/**
 * Re-wraps the seed's plain Chinese paragraphs (an indented first line, then
 * unindented continuation lines, each followed by a blank line, as the PDF text layer
 * prints them) at other widths. Runs holding Latin letters, digits or furniture are
 * left as they are, since their breaks carry meaning (footnote marks, Latin spaces).
 */
export function rewrapPdfText(text: string, widths: readonly number[]): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let paragraph = 0;
  for (let index = 0; index < lines.length; ) {
    const first = lines[index] ?? '';
    if (!/^ \S/.test(first) || !han.test(first.slice(1))) {
      out.push(first);
      index++;
      continue;
    }
    const parts = [first.trim()];
    let last = index;
    for (;;) {
      if (sentenceEnd.test(parts.at(-1) ?? '')) break;
      let next = last + 1;
      while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
      const line = lines[next];
      if (line === undefined || !han.test(line)) break;
      parts.push(line.trim());
      last = next;
    }
    const joined = parts.join('');
    // Only a whole paragraph is re-wrapped: one that runs on past a sentence end or a page
    // break is told from a new paragraph by its full-width line, which re-wrapping would shorten.
    let after = last + 1;
    while (after < lines.length && (lines[after] ?? '').trim() === '') after++;
    const whole = sentenceEnd.test(parts.at(-1) ?? '') && (after >= lines.length || /^ +\S/.test(lines[after] ?? ''));
    if (!whole || parts.length < 2 || !/^[\u4e00-\u9fff，。、；：“”‘’（）《》·！？]+$/.test(joined)) {
      out.push(first);
      index++;
      continue;
    }
    const width = widths[paragraph++ % widths.length] ?? 20;
    const chunks: string[] = [];
    for (let start = 0; start < joined.length; start += width) chunks.push(joined.slice(start, start + width));
    // A continuation must not be read as a new sentence's paragraph: no chunk may end a sentence but the last.
    const merged: string[] = [];
    for (const chunk of chunks) {
      if (merged.length > 0 && sentenceEnd.test(merged.at(-1) ?? '')) merged[merged.length - 1] += chunk;
      else merged.push(chunk);
    }
    merged.forEach((chunk, i) => out.push(`${i === 0 ? ' ' : ''}${chunk} `, ...(i < merged.length - 1 ? [''] : [])));
    index = last + 1;
  }
  return out.join('\n');
}

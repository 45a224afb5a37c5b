/**
 * Clean sentences of the seed letters' prose, the pool synthetic paragraphs are
 * recombined from. A sentence is kept only when nothing in it could be mistaken
 * for page furniture, a footnote mark, a printed paragraph number or Markdown,
 * so that a synthetic letter says exactly what its generator meant it to say.
 */

/** Characters or patterns that disqualify a sentence. */
const UNSAFE = [
  /[/_<>[\]*#|`\\~]/, // symbols, URLs, rules and Markdown syntax
  /https?:/,
  /^[\d\s“"（(]/, // a leading number reads as a footnote mark or paragraph number
  /\d \d{3}/, // `1 000` (one thousand) next to a footnote mark is ambiguous
  /[。，；：”）)]\s?\d{1,2}(?:\s|$)/, // a bare number after punctuation is a footnote mark
  /[\u4e00-\u9fff]\d{1,2}\s/, // … and so is one glued to a character (`设施40 并`)
  /\d\.\s/, // printed paragraph numbers
  /附件/, // annex headings are detected by this word
  /^[^\u4e00-\u9fff]*$/, // no Chinese at all
];

/** Splits paragraphs at `。` and keeps the sentences that are safe to recombine, without duplicates. */
export function collectSentences(paragraphs: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.match(/[^。]+。/g) ?? []) {
      const clean = sentence.trim();
      if (clean.length < 12 || clean.length > 140) continue;
      if (UNSAFE.some((pattern) => pattern.test(clean)) || !balanced(clean)) continue;
      seen.add(clean);
    }
  }
  return [...seen];
}

/** Pairs of brackets and quotes that must match inside a sentence; one that does not is a fragment cut at a page break. */
const PAIRS = ['“”', '‘’', '《》', '（）', '()'];

function balanced(sentence: string): boolean {
  return PAIRS.every(([open, close]) => count(sentence, open!) === count(sentence, close!));
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

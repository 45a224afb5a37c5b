/**
 * Which of the source flavours a seed is: canonical Markdown (front matter
 * first), the Markdown-ish export (a `## ` title line, `<sup>` marks), or the
 * text layer of a PDF.
 */
export type Flavour = 'canonical' | 'markdown' | 'pdf';

export function detectFlavour(text: string): Flavour {
  if (/^---[ \t]*\n/.test(text)) return 'canonical';
  if (/^#{1,6}[ \t]+\S/m.test(text) || /<sup>[^<\n]{1,4}<\/sup>/.test(text)) return 'markdown';
  return 'pdf';
}

/**
 * Stage 1 of ingest: a decoded seed file → canonical Markdown, the middle form
 * every letter passes through (README, "Canonical Markdown"), with a map from
 * its lines back to the seed's so later stages report errors at source lines.
 * A seed already in canonical form passes through unchanged.
 */
import { basename } from 'node:path';
import type { SourceLine } from './draft.ts';
import { detectFlavour } from './detectFlavour.ts';
import { normaliseMarkdownFlavour } from './normaliseMarkdownFlavour.ts';
import { readPdfLetter } from './readPdfLetter.ts';
import type { CanonicalMarkdown } from './writeCanonicalMarkdown.ts';
import { writeCanonicalMarkdown } from './writeCanonicalMarkdown.ts';

export type { CanonicalMarkdown };

export function toCanonicalMarkdown(source: { path: string; text: string }): CanonicalMarkdown {
  const flavour = detectFlavour(source.text);
  const rows = source.text.split('\n');
  if (flavour === 'canonical') {
    const lines = source.text.replace(/\n$/, '').split('\n');
    return { markdown: source.text, lineMap: lines.map((_, index) => index + 1) };
  }
  const lines: SourceLine[] = rows.map((text, index) => ({ line: index + 1, text: text.trimEnd() }));
  const name = basename(source.path);
  const draft = flavour === 'markdown' ? normaliseMarkdownFlavour(source.path, name, lines) : readPdfLetter(source.path, name, lines);
  return writeCanonicalMarkdown(draft);
}

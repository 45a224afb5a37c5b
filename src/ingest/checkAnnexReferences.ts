/**
 * Refuses a letter whose text refers to its own annexes (`见附件一`, `附件二至四`,
 * `本信及其附件`) when they were not found: an annex heading the ingest could not
 * read would otherwise leave the annex in the letter's text, or drop it, unseen.
 */
import { chineseNumeral } from '../components/utils/chineseNumeral.ts';
import type { DraftBlock } from './collectBlocks.ts';
import { findAnnexReferences } from './findAnnexReferences.ts';
import { locatedMessage, type SourceContext } from './locatedMessage.ts';

/** Throws a located message at the first reference in `body` to an annex not among `annexIds`. */
export function checkAnnexReferences(body: readonly DraftBlock[], annexIds: readonly string[], context: SourceContext): void {
  for (const block of body) {
    for (const reference of findAnnexReferences(block.text)) {
      const missing = reference.ids.length === 0 ? (annexIds.length === 0 ? 'any annex' : undefined) : reference.ids.find((id) => !annexIds.includes(id));
      if (missing === undefined) continue;
      const label = missing === 'any annex' ? '附件…' : labelOf(missing);
      const found = annexIds.length === 0 ? 'no annex was found' : `only ${annexIds.map(labelOf).join('、')} ${annexIds.length === 1 ? 'was' : 'were'} found`;
      throw locatedMessage(
        context,
        `the letter refers to its own annexes (\`${reference.text}\`), but ${found}: expected an annex heading \`…的${label}\` after the letter`,
        block.line,
        reference.offset + 1,
        'missing-annex',
      );
    }
  }
}

/** `annex-3` → `附件三`, `annex` → `附件`. */
function labelOf(id: string): string {
  const n = Number(id.replace(/^annex-?/, '') || 0);
  return n === 0 ? '附件' : `附件${chineseNumeral(n)}`;
}

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
      // `本信及其附件` and a bare `见附件` need some annex; `见附件二至四` needs each it names.
      const missing = reference.ids.length === 0 ? (annexIds.length === 0 ? ['附件…'] : []) : reference.ids.filter((id) => !annexIds.includes(id)).map(labelOf);
      const [label] = missing;
      if (label === undefined) continue;
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

/** `annex-3` → `附件三`, `annex` → `附件` (a repeat's suffix, `annex-1-2`, is no part of its label). */
function labelOf(id: string): string {
  const n = Number(/^annex-(\d+)/.exec(id)?.[1] ?? 0);
  return n === 0 ? '附件' : `附件${chineseNumeral(n)}`;
}

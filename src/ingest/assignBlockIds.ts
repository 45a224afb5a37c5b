/**
 * Gives a section's blocks ids that stay the same across rebuilds of the same source:
 * `<section>-p<N>` for a block with printed number N, else `<section>-b<n>` with n
 * the block's 1-based position in the section.
 */
import { makeIdsUnique } from './makeIdsUnique.ts';

/** Ids for the blocks of section `section` (`body`, `annex-1`…), in order, unique within the section. */
export function assignBlockIds(section: string, blocks: readonly { number?: number }[]): string[] {
  return makeIdsUnique(
    blocks.map((block, index) => (block.number === undefined ? `${section}-b${index + 1}` : `${section}-p${block.number}`)),
  );
}

/**
 * A section's blocks in the order printed, with each run of list items gathered
 * into one list, so that the page wraps them in one `<ul>`.
 */
import type { Block } from '../../records/schema.ts';

export type BlockOrList = { block: Block } | { items: Block[] };

export function groupListItems(blocks: readonly Block[]): BlockOrList[] {
  const groups: BlockOrList[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind !== 'item') groups.push({ block });
    else if (last !== undefined && 'items' in last) last.items.push(block);
    else groups.push({ items: [block] });
  }
  return groups;
}

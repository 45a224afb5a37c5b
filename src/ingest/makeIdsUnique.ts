/**
 * Makes ids unique in order of appearance: a repeated id gets `-2`, `-3`… (the first
 * suffix not already taken), so earlier ids never change when a later one repeats.
 */
export function makeIdsUnique(ids: readonly string[], taken: Set<string> = new Set()): string[] {
  return ids.map((id) => {
    let unique = id;
    for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
    taken.add(unique);
    return unique;
  });
}

/**
 * Footnote ids and markers from the label written in `[^label]`: the label is the printed
 * marker, with `-2`, `-3`… when a marker is printed again for another footnote.
 */
import { slugify } from './slugify.ts';

/** A footnote mark printed as a symbol rather than a number, as a regular-expression class (`*`, `**` is two). */
export const symbolMark = '[*†‡§]';

/** Marks printed as symbols rather than numbers, named so the id stays readable. */
const symbolNames: Record<string, string> = { '*': 'star', '**': 'star-star', '†': 'dagger', '‡': 'double-dagger' };

/** The marker as printed: `1-2` → `1`, `*` → `*`. */
export function footnoteMarker(label: string): string {
  const marker = label.replace(/-\d+$/, '');
  return marker === '' ? label : marker;
}

/** `fn-1`, `fn-star`, `fn-1-2`; a marker with no letters or digits is named by its code points. */
export function footnoteId(label: string): string {
  const marker = footnoteMarker(label);
  const repeat = label.slice(marker.length);
  const name =
    symbolNames[marker] ??
    (slugify(marker) || [...marker].map((character) => `u${character.codePointAt(0)?.toString(16)}`).join('-'));
  return `fn-${name}${slugify(repeat) ? `-${slugify(repeat)}` : ''}`;
}

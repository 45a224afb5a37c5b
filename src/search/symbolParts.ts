/**
 * Whether a query term is a UN document symbol, and which: the symbols of a
 * joint document are printed joined by a hyphen or an en dash
 * (`A/61/947-S/2007/339`), which normalisation has made `-`; a hyphen inside a
 * symbol (`A/ES-10/273`) is not followed by a series letter and a slash.
 */

/** One symbol, normalised: a series (`a`, `s`, `e/cn.4`…), then slash-separated parts, at least one digit. */
const SYMBOL = /^[a-z]{1,6}(?:\/[a-z0-9.()*-]+)+$/u;

/** The symbols `term` (normalised) names, in order, or `null` when it is not a symbol or joint symbol. */
export function symbolParts(term: string): string[] | null {
  const parts = term.split(/-(?=[a-z]{1,6}\/)/u);
  return parts.every((part) => SYMBOL.test(part) && /\d/u.test(part)) ? parts : null;
}

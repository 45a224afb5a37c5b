/**
 * Serialises data for a `<script type="application/ld+json">` block. The block's
 * content is raw text to the HTML parser, so `<` (as in `</script>`), `>`, `&` and
 * the JS line separators are written as `\u` escapes: a title can never end the
 * block early and become markup.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

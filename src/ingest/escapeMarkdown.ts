/**
 * Escapes source text so that CommonMark + GFM read it back as the same literal
 * text: inline syntax anywhere (`#` too, which could close an ATX heading), and
 * block syntax a paragraph could start with (list bullets, `1.`, setext and
 * thematic-break lines).
 */
const inline = /[\\`*_[\]<>&~|#]/g;
const blockStart = /^([+=-]|\d{1,9}(?=[.)]))/;

export function escapeMarkdown(text: string): string {
  const escaped = text.replace(inline, '\\$&');
  return escaped.replace(blockStart, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}

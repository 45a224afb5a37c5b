/**
 * Only `http:`, `https:` and relative targets become links: a source can carry any
 * URL (`javascript:`, `data:`), and the archive must never make one clickable.
 */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1];
  if (scheme === undefined) return /[\u0000-\u001f\\]/.test(trimmed) || trimmed.startsWith('//') ? undefined : trimmed;
  return /^https?$/i.test(scheme) ? trimmed : undefined;
}

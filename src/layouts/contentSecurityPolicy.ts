/**
 * The site's Content-Security-Policy, one source for the `<meta>` tag on every page
 * and the `_headers` file for hosts that read one. Everything is same-origin; scripts
 * are files (no inline script, so no 'unsafe-inline'); 'wasm-unsafe-eval' lets the
 * search run its WebAssembly.
 */
const directives: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy as a `<meta http-equiv>` carries it (browsers ignore frame-ancestors there, and warn). */
export const contentSecurityPolicy = directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** A Netlify/Cloudflare-style `_headers` file: the same policy, plus what only a header can say. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}

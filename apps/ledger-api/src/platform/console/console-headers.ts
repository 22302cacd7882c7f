/**
 * The console's Content-Security-Policy: its own scripts, styles and workers only, no inline code,
 * calls to this origin only, never framed. The API key lives in the page, so nothing else may run in it.
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers of every console response; index.html is revalidated, hashed assets are immutable. */
export function consoleHeaders(kind: 'index' | 'asset'): Record<string, string> {
  return {
    'Content-Security-Policy': CONSOLE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': kind === 'index' ? 'no-cache' : 'public, max-age=31536000, immutable',
  };
}

// Headers on every response: a Content-Security-Policy that allows no inline script or style
// (item HTML is sanitised by the parser, and the CSP is the second wall), no framing, no
// sniffing, no referrer leaking the archive's URLs to the sites items link to.
import type { MiddlewareHandler } from 'hono';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

/** Archived bytes are shown as nothing but a download, whatever they contain. */
export const RAW_BYTES_POLICY = "sandbox; default-src 'none'";

const HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Returns the middleware that sets the security headers (a route may tighten the CSP). */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!c.res.headers.has('Content-Security-Policy')) {
      c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    }
    for (const [name, value] of Object.entries(HEADERS)) c.res.headers.set(name, value);
    // Pages carry CSRF tokens and archive contents: kept out of shared and browser caches.
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  };
}

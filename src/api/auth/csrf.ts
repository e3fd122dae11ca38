// CSRF protection for browser writes. A cookie session (and the local admin, when the request
// comes from a browser) must send the per-session token in X-CSRF-Token or a `_csrf` form
// field; API-key requests need none (browsers never attach a Bearer key on their own). Any
// write a browser makes for another site is refused outright.
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../../model/index.ts';
import type { AppEnv } from '../env.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Returns true for a write a browser made on behalf of another site. Sec-Fetch-Site says so
 * directly; without it, the Origin must name this host. (Under Referrer-Policy: no-referrer,
 * Chromium sends `Origin: null` even on this site's own form posts: Sec-Fetch-Site decides.)
 */
function isCrossSite(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = c.req.header('origin');
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== (c.req.header('host') ?? new URL(c.req.url).host);
  } catch {
    return true; // "null" and other opaque origins
  }
}

/** A browser sends these on its own; curl and scripts on this machine do not. */
function isFromBrowser(c: Context): boolean {
  return ['origin', 'sec-fetch-site', 'cookie', 'referer'].some((h) => c.req.header(h) !== undefined);
}

async function sentToken(c: Context): Promise<string | null> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  const field = (await c.req.parseBody())['_csrf'];
  return typeof field === 'string' ? field : null;
}

function isSameToken(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** Returns the middleware that refuses cross-site writes and writes without the CSRF token. */
export function csrfGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (isCrossSite(c)) throw new AppError('auth.cross_origin', 'csrf: writes from another site are refused');
    const principal = c.get('principal');
    const needsToken = principal?.via === 'session' || (principal?.via === 'local' && isFromBrowser(c));
    if (needsToken && !isSameToken(await sentToken(c), c.get('csrfToken'))) {
      throw new AppError('auth.csrf', 'csrf: the form token is missing or stale; reload the page and retry');
    }
    return next();
  };
}

// Cookie sessions for the web UI. The cookie holds a random token; the database holds only
// its sha256, so a copy of the database opens no session.
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { SessionLookup, Store } from '../../store/index.ts';

export const SESSION_COOKIE = 'nw_session';
const SESSION_HOURS = 12;

/** Returns the stored id of a session token. */
export function sessionIdHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Returns a fresh random token (hex) of bytes length. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('hex');
}

/** Starts a session for userId, sets its cookie, and returns its CSRF token. */
export async function startSession(c: Context, store: Store, userId: number, now: Date): Promise<string> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await store.addSession({
    idHash: sessionIdHash(token),
    userId,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: expires.toISOString(),
  });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    // Behind a TLS proxy the request arrives as http; a forged header only breaks its sender's login.
    secure: new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https',
    expires,
  });
  return csrfToken;
}

/** Returns the live session the request's cookie names, or null. */
export async function readSession(c: Context, store: Store, now: Date): Promise<SessionLookup | null> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token || !/^[a-f0-9]{64}$/.test(token)) return null;
  return store.getSession(sessionIdHash(token), now.toISOString());
}

/** Ends the request's session, if any, and clears its cookie. */
export async function endSession(c: Context, store: Store): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await store.removeSession(sessionIdHash(token));
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

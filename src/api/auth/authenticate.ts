// Who a request is: an API key (Authorization: Bearer), else a session cookie, else, on a
// server bound to loopback, the local admin for requests from this machine.
import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../../model/index.ts';
import type { Store } from '../../store/index.ts';
import type { AppEnv } from '../env.ts';
import { isKeySecret, parseApiKey } from './api-keys.ts';
import { isLoopbackAddress } from './loopback.ts';
import { LOCAL_ADMIN, type Principal } from './principal.ts';
import type { RateLimiter } from './rate-limit.ts';
import { readSession } from './sessions.ts';

export interface AuthSettings {
  readonly store: Store;
  readonly now: () => Date;
  /** True when the server listens on loopback only: then this machine needs no login. */
  readonly trustLoopback: boolean;
  readonly remoteAddressOf: (c: Context) => string | undefined;
  /** The CSRF token of the local admin's pages, fresh for each process. */
  readonly localCsrfToken: string;
  /** Requests per API key. */
  readonly keyLimiter: RateLimiter;
  /** Failed credentials per client address. */
  readonly failureLimiter: RateLimiter;
}

/** Keys are marked as used at most once a minute: a write per request would contend with imports. */
const TOUCH_EVERY_MS = 60_000;

function rateLimited(wait: number, what: string): AppError {
  return new AppError('auth.rate_limited', `auth: too many ${what}; try again in ${wait} s`, {
    retryAfter: wait,
  });
}

async function principalOfKey(auth: AuthSettings, c: Context, header: string): Promise<Principal> {
  const client = auth.remoteAddressOf(c) ?? 'unknown';
  const blocked = auth.failureLimiter.waitFor(client);
  if (blocked > 0) throw rateLimited(blocked, 'failed attempts');
  const parsed = parseApiKey(header.replace(/^Bearer\s+/i, '').trim());
  const found = parsed ? await auth.store.getApiKey(parsed.prefix) : null;
  const isLive = found && !found.key.revokedAt && !found.user.disabledAt;
  if (!parsed || !found || !isLive || !isKeySecret(parsed.secret, found.keyHash)) {
    auth.failureLimiter.take(client);
    throw new AppError('auth.bad_credentials', 'auth: the API key is malformed, unknown or revoked');
  }
  const wait = auth.keyLimiter.take(parsed.prefix);
  if (wait > 0) throw rateLimited(wait, 'requests with this key');
  const now = auth.now();
  const last = found.key.lastUsedAt ? Date.parse(found.key.lastUsedAt) : 0;
  if (now.getTime() - last > TOUCH_EVERY_MS) await auth.store.touchApiKey(found.key.id, now.toISOString());
  const { user } = found;
  return { via: 'key', name: user.name, role: user.role, userId: user.id, keyPrefix: parsed.prefix };
}

/** Returns the middleware that sets `principal` and `csrfToken` for every request. */
export function authenticate(auth: AuthSettings): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('principal', null);
    c.set('csrfToken', null);
    c.set('auditTarget', null);
    c.set('auditDetails', {});
    const header = c.req.header('authorization');
    if (header !== undefined) {
      c.set('principal', await principalOfKey(auth, c, header));
      return next();
    }
    const session = await readSession(c, auth.store, auth.now());
    if (session) {
      const { user } = session;
      c.set('principal', {
        via: 'session',
        name: user.name,
        role: user.role,
        userId: user.id,
        keyPrefix: null,
      });
      c.set('csrfToken', session.csrfToken);
    } else if (auth.trustLoopback && isLoopbackAddress(auth.remoteAddressOf(c))) {
      c.set('principal', LOCAL_ADMIN);
      c.set('csrfToken', auth.localCsrfToken);
    }
    return next();
  };
}

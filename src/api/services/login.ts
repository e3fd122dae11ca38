// Signing in to the web UI: rate-limited per client address, every attempt in the audit log.
import type { Context } from 'hono';
import { AppError } from '../../model/index.ts';
import type { UserRecord } from '../../store/index.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { endSession, startSession } from '../auth/sessions.ts';
import type { AppEnv } from '../env.ts';
import type { ServiceDeps } from './deps.ts';

/** A hash of nothing anyone knows, checked when the user is unknown so both cases take as long. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

async function checkPassword(deps: ServiceDeps, name: string, password: string): Promise<UserRecord | null> {
  const login = await deps.store.getUserLogin(name);
  const isMatch = await verifyPassword(password, login?.passwordHash ?? DUMMY_HASH);
  return isMatch && login && login.passwordHash && !login.user.disabledAt ? login.user : null;
}

/** Signs name in with a session cookie; returns the user and the session's CSRF token. */
export async function login(
  deps: ServiceDeps,
  c: Context<AppEnv>,
  client: string,
  input: { name: string; password: string },
): Promise<{ user: UserRecord; csrfToken: string }> {
  const wait = deps.loginLimiter.take(client);
  if (wait > 0) {
    throw new AppError('auth.rate_limited', `auth: too many sign-in attempts; try again in ${wait} s`, {
      retryAfter: wait,
    });
  }
  const user = await checkPassword(deps, input.name, input.password);
  if (!user) {
    await deps.store.appendAudit({
      at: deps.now().toISOString(),
      actor: 'anonymous',
      action: 'login failed',
      target: `user:${input.name.slice(0, 64)}`,
      details: { client },
    });
    throw new AppError('auth.bad_credentials', 'auth: wrong user name or password');
  }
  const csrfToken = await startSession(c, deps.store, user.id, deps.now());
  c.set('principal', { via: 'session', name: user.name, role: user.role, userId: user.id, keyPrefix: null });
  c.set('csrfToken', csrfToken);
  c.set('auditTarget', `user:${user.name}`);
  return { user, csrfToken };
}

/** Ends the request's session. */
export async function logout(deps: ServiceDeps, c: Context<AppEnv>): Promise<void> {
  await endSession(c, deps.store);
}

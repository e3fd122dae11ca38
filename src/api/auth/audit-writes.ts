// Every write that succeeded goes to the audit log with who, when, what and on what. Handlers
// name the target and add details (never secrets); the method and path name the action.
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../../store/index.ts';
import type { AppEnv } from '../env.ts';
import { actorOf } from './principal.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Returns the middleware that logs successful writes. */
export function auditWrites(store: Store, now: () => Date): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (SAFE_METHODS.has(c.req.method) || c.res.status >= 400) return;
    await store.appendAudit({
      at: now().toISOString(),
      actor: actorOf(c.get('principal')),
      action: `${c.req.method} ${c.req.path}`,
      target: c.get('auditTarget'),
      details: { status: c.res.status, ...c.get('auditDetails') },
    });
  };
}

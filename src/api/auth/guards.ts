// Route guards: a signed-in principal, a minimum role, and the Host check that keeps a
// loopback server from being reached through DNS rebinding.
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../model/index.ts';
import type { Role } from '../../store/index.ts';
import type { AppEnv } from '../env.ts';
import { hostNameOf, isLoopbackHost } from './loopback.ts';
import { hasRole } from './principal.ts';

/** Returns the middleware that lets through only principals with at least role. */
export function requireRole(role: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (!principal) throw new AppError('auth.unauthenticated', 'auth: sign in or send an API key');
    if (!hasRole(principal, role)) {
      throw new AppError(
        'auth.forbidden',
        `auth: this needs the ${role} role; ${principal.name} is ${principal.role}`,
      );
    }
    return next();
  };
}

/**
 * Returns the middleware that refuses Host names other than loopback ones. A page on another
 * site could otherwise point its own name at 127.0.0.1 and read the local admin's API.
 */
export function loopbackHostGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!isLoopbackHost(hostNameOf(host))) {
      throw new AppError(
        'auth.bad_host',
        `auth: this server answers to localhost only, not ${hostNameOf(host)}`,
      );
    }
    return next();
  };
}

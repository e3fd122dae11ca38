// /api/session and /api/me: signing in with a password (a cookie session, for the web UI and
// scripts that prefer it), signing out, and who the server takes the caller for.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../../model/index.ts';
import type { AppEnv } from '../env.ts';
import type { ServerKit } from '../kit.ts';
import { AUTH_ERRORS, BAD_REQUEST, jsonOf, SECURED } from '../schemas/common.ts';
import { LoginBody, MeSchema } from '../schemas/accounts.ts';

const tags = ['session'];

/** Adds the session routes to app. */
export function registerSessionRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const login = createRoute({
    method: 'post',
    path: '/api/session',
    tags,
    summary: 'Sign in; sets the session cookie (rate-limited)',
    request: { body: { required: true, content: { 'application/json': { schema: LoginBody } } } },
    responses: { 200: jsonOf(MeSchema, 'signed in'), ...BAD_REQUEST, ...AUTH_ERRORS },
  });
  app.openapi(login, async (c) => {
    const { user, csrfToken } = await kit.services.login(c, kit.clientOf(c), c.req.valid('json'));
    return c.json({ name: user.name, role: user.role, via: 'session' as const, csrfToken }, 200);
  });

  const logout = createRoute({
    method: 'delete',
    path: '/api/session',
    tags,
    security: SECURED,
    summary: 'Sign out',
    responses: { 204: { description: 'signed out' }, ...AUTH_ERRORS },
  });
  app.openapi(logout, async (c) => {
    await kit.services.logout(c);
    return c.body(null, 204);
  });

  const me = createRoute({
    method: 'get',
    path: '/api/me',
    tags,
    security: SECURED,
    summary: 'Who the server takes the caller for',
    responses: { 200: jsonOf(MeSchema, 'the caller'), ...AUTH_ERRORS },
  });
  app.openapi(me, (c) => {
    const principal = c.get('principal');
    if (!principal) throw new AppError('auth.unauthenticated', 'auth: sign in or send an API key');
    const { name, role, via } = principal;
    return c.json({ name, role, via, csrfToken: c.get('csrfToken') }, 200);
  });
}

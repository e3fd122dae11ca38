// /api/users, /api/keys, /api/audit: accounts and the log of writes (admin only).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import type { ServerKit } from '../kit.ts';
import { numericCursor, pageOf, scopeOf } from '../pagination.ts';
import { AUTH_ERRORS, BAD_REQUEST, NOT_FOUND, PageQuery, SECURED, jsonOf } from '../schemas/common.ts';
import { changeRole, createKey, createUser, removeUser, revokeKey } from '../services/index.ts';
import { z } from '@hono/zod-openapi';
import {
  AuditPage,
  CreatedKeySchema,
  KeySchema,
  NewKeyBody,
  NewUserBody,
  PrefixParams,
  RoleBody,
  UserNameParams,
  UserSchema,
} from '../schemas/accounts.ts';

const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
const CONFLICT = { 409: jsonOf(ErrorBody, 'name taken') };
const LAST_ADMIN = { 409: jsonOf(ErrorBody, 'the last admin can be neither removed nor demoted') };

/** Adds the account and audit routes to app. */
export function registerAccountRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const admin = [kit.requireRole('admin')];
  const base = { security: SECURED, middleware: admin };

  const users = createRoute({
    ...base,
    method: 'get',
    path: '/api/users',
    tags: ['users'],
    summary: 'List users (admin)',
    responses: { 200: jsonOf(z.object({ users: z.array(UserSchema) }), 'every user'), ...AUTH_ERRORS },
  });
  app.openapi(users, async (c) => c.json({ users: await kit.store.listUsers() }, 200));

  const addUser = createRoute({
    ...base,
    method: 'post',
    path: '/api/users',
    tags: ['users'],
    summary: 'Add a user (admin)',
    request: { body: { required: true, content: { 'application/json': { schema: NewUserBody } } } },
    responses: { 201: jsonOf(UserSchema, 'the user'), ...CONFLICT, ...BAD_REQUEST, ...AUTH_ERRORS },
  });
  app.openapi(addUser, async (c) => {
    const user = await createUser(kit.store, c.req.valid('json'), kit.now());
    c.set('auditTarget', `user:${user.name}`);
    c.set('auditDetails', { role: user.role });
    return c.json(user, 201);
  });

  registerUserChanges(app, kit);

  const keys = createRoute({
    ...base,
    method: 'get',
    path: '/api/keys',
    tags: ['keys'],
    summary: 'List API keys, never their secrets (admin)',
    responses: { 200: jsonOf(z.object({ keys: z.array(KeySchema) }), 'every key'), ...AUTH_ERRORS },
  });
  app.openapi(keys, async (c) => c.json({ keys: await kit.store.listApiKeys() }, 200));

  const addKey = createRoute({
    ...base,
    method: 'post',
    path: '/api/keys',
    tags: ['keys'],
    summary: 'Create an API key, shown once (admin)',
    request: { body: { required: true, content: { 'application/json': { schema: NewKeyBody } } } },
    responses: { 201: jsonOf(CreatedKeySchema, 'the key'), ...BAD_REQUEST, ...AUTH_ERRORS, ...NOT_FOUND },
  });
  app.openapi(addKey, async (c) => {
    const body = c.req.valid('json');
    const created = await createKey(kit.store, { userName: body.user, label: body.label }, kit.now());
    c.set('auditTarget', `key:${created.record.prefix}`);
    c.set('auditDetails', { user: body.user, label: body.label });
    return c.json(created, 201);
  });

  const revoke = createRoute({
    ...base,
    method: 'delete',
    path: '/api/keys/{prefix}',
    tags: ['keys'],
    summary: 'Revoke an API key (admin)',
    request: { params: PrefixParams },
    responses: { 204: { description: 'revoked' }, ...BAD_REQUEST, ...AUTH_ERRORS, ...NOT_FOUND },
  });
  app.openapi(revoke, async (c) => {
    const { prefix } = c.req.valid('param');
    await revokeKey(kit.store, prefix, kit.now());
    c.set('auditTarget', `key:${prefix}`);
    return c.body(null, 204);
  });

  const audit = createRoute({
    ...base,
    method: 'get',
    path: '/api/audit',
    tags: ['audit'],
    summary: 'The audit log of writes, newest first (admin)',
    request: { query: PageQuery },
    responses: { 200: jsonOf(AuditPage, 'a page of entries'), ...BAD_REQUEST, ...AUTH_ERRORS },
  });
  app.openapi(audit, async (c) => {
    const q = c.req.valid('query');
    const scope = scopeOf(['audit']);
    const rows = await kit.store.listAudit(q.limit + 1, numericCursor(q.cursor, scope));
    const page = pageOf(rows, q.limit, (e) => e.id, scope);
    return c.json({ entries: page.items, nextCursor: page.nextCursor }, 200);
  });
}

function registerUserChanges(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const base = { security: SECURED, middleware: [kit.requireRole('admin')], tags: ['users'] };
  const remove = createRoute({
    ...base,
    method: 'delete',
    path: '/api/users/{name}',
    summary:
      'Remove a user: their keys are revoked and sessions ended; the audit log keeps their name (admin)',
    request: { params: UserNameParams },
    responses: { 200: jsonOf(UserSchema, 'the removed user'), ...LAST_ADMIN, ...AUTH_ERRORS, ...NOT_FOUND },
  });
  app.openapi(remove, async (c) => {
    const user = await removeUser(kit.store, c.req.valid('param').name, kit.now());
    c.set('auditTarget', `user:${user.name}`);
    return c.json(user, 200);
  });

  const role = createRoute({
    ...base,
    method: 'patch',
    path: '/api/users/{name}',
    summary: "Change a user's role (admin)",
    request: {
      params: UserNameParams,
      body: { required: true, content: { 'application/json': { schema: RoleBody } } },
    },
    responses: {
      200: jsonOf(UserSchema, 'the user'),
      ...LAST_ADMIN,
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(role, async (c) => {
    const { name } = c.req.valid('param');
    const before = await kit.store.getUserByName(name);
    const user = await changeRole(kit.store, name, c.req.valid('json').role);
    c.set('auditTarget', `user:${user.name}`);
    c.set('auditDetails', { role: user.role, previousRole: before?.role ?? null });
    return c.json(user, 200);
  });
}

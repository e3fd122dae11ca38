// Users, API keys, sessions, the audit log, import jobs and the overview.
import { z } from '@hono/zod-openapi';
import { MIN_PASSWORD_LENGTH } from '../services/index.ts';
import { NextCursor } from './common.ts';
import { FeedSchema } from './feeds.ts';
import { ItemSchema } from './items.ts';

export const RoleSchema = z.enum(['admin', 'analyst', 'reader']);

export const UserSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    role: RoleSchema,
    hasPassword: z.boolean(),
    createdAt: z.string(),
    disabledAt: z.string().nullable(),
  })
  .openapi('User');

export const NewUserBody = z
  .object({
    name: z.string().min(1).max(64),
    role: RoleSchema,
    password: z.string().min(MIN_PASSWORD_LENGTH).max(1000).nullable().default(null),
  })
  .openapi('NewUser');

export const UserNameParams = z.object({
  name: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'name', in: 'path' } }),
});

export const RoleBody = z.object({ role: RoleSchema }).openapi('RoleChange');

export const KeySchema = z
  .object({
    id: z.number().int(),
    userId: z.number().int(),
    userName: z.string(),
    prefix: z.string(),
    label: z.string().nullable(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKey');

export const NewKeyBody = z
  .object({ user: z.string().min(1).max(64), label: z.string().max(200).nullable().default(null) })
  .openapi('NewApiKey');

export const CreatedKeySchema = z
  .object({ key: z.string().openapi({ description: 'shown once; store it now' }), record: KeySchema })
  .openapi('CreatedApiKey');

export const PrefixParams = z.object({
  prefix: z
    .string()
    .regex(/^[a-z0-9]{10}$/)
    .openapi({ param: { name: 'prefix', in: 'path' } }),
});

export const LoginBody = z
  .object({ name: z.string().min(1).max(64), password: z.string().min(1).max(1000) })
  .openapi('Login');

export const MeSchema = z
  .object({
    name: z.string(),
    role: RoleSchema,
    via: z.enum(['local', 'session', 'key']),
    csrfToken: z
      .string()
      .nullable()
      .openapi({ description: 'send as X-CSRF-Token on writes with the cookie' }),
  })
  .openapi('Me');

export const AuditSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    target: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');

export const AuditPage = z
  .object({ entries: z.array(AuditSchema), nextCursor: NextCursor })
  .openapi('AuditPage');

export const JobSchema = z
  .object({
    id: z.string(),
    state: z.enum(['queued', 'running', 'done']),
    actor: z.string(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    total: z.number().int(),
    done: z.number().int(),
    results: z.array(
      z.object({
        file: z.string(),
        ok: z.boolean(),
        message: z.string(),
        itemsNew: z.number().int(),
        itemsUpdated: z.number().int(),
        itemsUnchanged: z.number().int(),
      }),
    ),
    analysed: z.number().int().openapi({ description: 'items analysed for entities after the import' }),
  })
  .openapi('ImportJob');

export const OverviewSchema = z
  .object({
    counts: z.object({
      items: z.number().int(),
      itemsSince: z.number().int().openapi({ description: 'items first seen in the last 24 hours' }),
      feeds: z.number().int(),
      failingFeeds: z.number().int(),
      fetches: z.number().int(),
    }),
    perDay: z.array(z.object({ day: z.string(), count: z.number().int() })),
    newItems: z.array(ItemSchema),
    failingFeeds: z.array(FeedSchema),
    followedFeeds: z.number().int(),
  })
  .openapi('Overview');

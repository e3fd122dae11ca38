// Feeds, fetch attempts and OPML.
import { z } from '@hono/zod-openapi';
import { NextCursor } from './common.ts';

export const FeedSchema = z
  .object({
    id: z.number().int(),
    url: z.string(),
    kind: z.enum(['http', 'file']),
    title: z.string().nullable(),
    siteUrl: z.string().nullable(),
    state: z.enum(['active', 'paused', 'failing']),
    lastErrorCode: z.string().nullable(),
    lastErrorMessage: z.string().nullable(),
    errorCount: z.number().int(),
    lastSuccessAt: z.string().nullable(),
    lastAttemptAt: z.string().nullable(),
    createdAt: z.string(),
    itemCount: z.number().int(),
    removedAt: z.string().nullable(),
    intervalSeconds: z.number().int().nullable(),
    nextFetchAt: z.string().nullable(),
    lastStatus: z.number().int().nullable(),
    fetchFullText: z.boolean(),
  })
  .openapi('Feed');

export const UrlChangeSchema = z
  .object({
    oldUrl: z.string(),
    newUrl: z.string(),
    changedAt: z.string(),
    reason: z.string(),
  })
  .openapi('FeedUrlChange');

/** A feed with its former URLs (oldest change first): where it was before a permanent redirect moved it. */
export const FeedWithHistorySchema = FeedSchema.extend({ urlHistory: z.array(UrlChangeSchema) }).openapi(
  'FeedWithHistory',
);

export const FeedListQuery = z.object({
  state: z.enum(['active', 'paused', 'failing']).optional(),
  kind: z.enum(['http', 'file']).optional(),
  removed: z.enum(['include', 'exclude', 'only']).default('exclude'),
});

export const FeedPage = z
  .object({ feeds: z.array(FeedWithHistorySchema), nextCursor: NextCursor })
  .openapi('FeedPage');

export const AddFeedBody = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(2000),
    intervalSeconds: z
      .number()
      .int()
      .min(60)
      .max(30 * 86_400)
      .nullable()
      .optional(),
    fetchFullText: z.boolean().optional(),
  })
  .openapi('AddFeed');

export const AddedFeedSchema = z
  .object({ feed: FeedSchema, alternatives: z.array(z.string()) })
  .openapi('AddedFeed');

export const AttemptSchema = z
  .object({
    id: z.number().int(),
    feedId: z.number().int(),
    startedAt: z.string(),
    durationMs: z.number().int(),
    outcome: z.enum(['ok', 'not_modified', 'error']),
    code: z.string().nullable(),
    message: z.string().nullable(),
    httpStatus: z.number().int().nullable(),
    finalUrl: z.string().nullable(),
    fetchId: z.number().int().nullable(),
    httpHeaders: z
      .record(z.string(), z.string())
      .nullable()
      .openapi({ description: 'the response headers, lower-case; null when no response arrived' }),
    sha256: z
      .string()
      .nullable()
      .openapi({ description: 'sha256 of the body kept (archived); null when there was none (304)' }),
    byteLength: z.number().int().nullable(),
    isBodyTruncated: z
      .boolean()
      .openapi({ description: 'true when an error body went on past the start that was kept' }),
  })
  .openapi('FetchAttempt');

export const AttemptPage = z
  .object({ attempts: z.array(AttemptSchema), nextCursor: NextCursor })
  .openapi('FetchAttemptPage');

export const OpmlResult = z
  .object({
    added: z.number().int(),
    existing: z.number().int(),
    problems: z.array(z.object({ code: z.string(), message: z.string(), line: z.number().int() })),
  })
  .openapi('OpmlImport');

export const PollResult = z
  .object({
    feeds: z.number().int(),
    ok: z.number().int(),
    notModified: z.number().int(),
    failed: z.number().int(),
    itemsNew: z.number().int(),
  })
  .openapi('PollRound');

// Schemas shared by many routes: errors, ids, pagination.
import { z } from '@hono/zod-openapi';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../pagination.ts';

export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .openapi('Error', { example: { error: { code: 'input.not_found', message: 'api: no item #7' } } });

export const IdParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' }, example: 42 }),
});

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
  cursor: z.string().min(1).max(500).optional().openapi({ description: 'nextCursor of the previous page' }),
});

export const NextCursor = z
  .string()
  .nullable()
  .openapi({ description: 'pass as cursor for the next page; null on the last' });

/** An ISO date (2024-05-01) or instant (2024-05-01T12:00:00Z), normalised to an ISO instant. */
export const Instant = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    'expected 2024-05-01 or an ISO instant',
  )
  .transform((value, ctx) => {
    const t = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(t)) {
      ctx.addIssue({ code: 'custom', message: 'not a real date' });
      return z.NEVER;
    }
    return new Date(t).toISOString();
  });

/** The error responses every authenticated route may give. */
export const AUTH_ERRORS = {
  401: { description: 'no valid credentials', content: { 'application/json': { schema: ErrorSchema } } },
  403: {
    description: 'role too low, CSRF or origin check failed',
    content: { 'application/json': { schema: ErrorSchema } },
  },
  429: { description: 'rate limited', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

export const BAD_REQUEST = {
  400: {
    description: 'invalid request (the message names the path)',
    content: { 'application/json': { schema: ErrorSchema } },
  },
} as const;

export const NOT_FOUND = {
  404: { description: 'no such thing', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

/** Returns a JSON response entry for schema. */
export function jsonOf<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** The security requirement of routes that need credentials (any of these). */
export const SECURED = [{ apiKey: [] }, { session: [] }];

export const TimelineMilestoneSchema = z
  .object({
    storyId: z.number().int(),
    title: z.string().openapi({ description: "the story's name, else its headline" }),
    itemId: z.number().int().openapi({ description: 'the first item of the story on this timeline' }),
    published: z.string().openapi({ description: 'published, else first seen' }),
    day: z.string().openapi({ description: 'YYYY-MM-DD (UTC), the day on the chart' }),
  })
  .openapi('TimelineMilestone');

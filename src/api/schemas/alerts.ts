// Monitors (saved searches and watchlists), their channels, and what a test send did.
import { z } from '@hono/zod-openapi';
import { NextCursor } from './common.ts';

export const AlertSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(['search', 'watchlist']),
    query: z.string().nullable(),
    watchlistId: z.number().int().nullable(),
    channels: z
      .object({
        webhook: z.object({ url: z.string() }).optional(),
        email: z.object({ to: z.array(z.string()) }).optional(),
      })
      .openapi({ description: "where new matches go; the webhook's secret is never shown" }),
    createdAt: z.string(),
    lastRunAt: z.string().nullable(),
    feedPath: z.string().openapi({ description: 'the Atom feed of its latest matches' }),
  })
  .openapi('Alert');

export const AlertPage = z
  .object({ alerts: z.array(AlertSchema), nextCursor: NextCursor })
  .openapi('AlertPage');

export const NewAlertBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    query: z
      .string()
      .min(1)
      .max(2000)
      .optional()
      .openapi({ description: 'a saved search, in the search language', example: 'Hikvision AND sanctions' }),
    watchlistId: z.number().int().positive().optional().openapi({
      description: 'a watchlist: items naming the entities its entries match (give this or query)',
    }),
    webhook: z
      .object({
        url: z.url({ protocol: /^https?$/ }).max(2000),
        secret: z.string().min(16).max(200).openapi({ description: 'the key of the HMAC-SHA256 signature' }),
      })
      .optional(),
    email: z
      .array(z.email())
      .min(1)
      .max(20)
      .optional()
      .openapi({ description: 'digest recipients (the server sends through $NEWSWATCH_SMTP_URL)' }),
  })
  .refine((b) => (b.query === undefined) !== (b.watchlistId === undefined), {
    message: 'give either query or watchlistId',
    path: ['query'],
  })
  .openapi('NewAlert');

export const AlertRunSchema = z
  .object({
    alert: z.string(),
    channel: z.string(),
    items: z.number().int(),
    ok: z.boolean(),
    message: z.string(),
  })
  .openapi('AlertDelivery');

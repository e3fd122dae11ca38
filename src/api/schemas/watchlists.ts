// Watchlists, their entries, uploads with the rows skipped, and analysts' verdicts on matches.
import { z } from '@hono/zod-openapi';
import { NextCursor } from './common.ts';

export const WatchlistSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    source: z.string().openapi({ description: 'the file it was uploaded from' }),
    format: z.enum(['csv', 'ftm']),
    createdAt: z.string(),
    entryCount: z.number().int(),
  })
  .openapi('Watchlist');

export const WatchlistEntrySchema = z
  .object({
    id: z.number().int(),
    watchlistId: z.number().int(),
    line: z.number().int().openapi({ description: 'where the entry starts in the uploaded file' }),
    name: z.string(),
    aliases: z.array(z.string()),
    countries: z.array(z.string()),
    identifier: z.string().nullable(),
    notes: z.string().nullable(),
    schema: z.enum(['Person', 'Company', 'Organization', 'LegalEntity']).nullable(),
    extra: z.record(z.string(), z.string()).openapi({ description: 'columns the importer does not read' }),
  })
  .openapi('WatchlistEntry');

export const WatchlistPage = z
  .object({ watchlists: z.array(WatchlistSchema), nextCursor: NextCursor })
  .openapi('WatchlistPage');

export const WatchlistDetail = z
  .object({ watchlist: WatchlistSchema, entries: z.array(WatchlistEntrySchema), nextCursor: NextCursor })
  .openapi('WatchlistWithEntries');

export const RowProblemSchema = z
  .object({ line: z.number().int(), message: z.string() })
  .openapi('RowProblem');

export const WatchlistUploadSchema = z
  .object({
    watchlist: WatchlistSchema,
    format: z.enum(['csv', 'ftm']),
    replaced: z
      .boolean()
      .openapi({ description: 'a watchlist of that name existed; its entries were replaced' }),
    problems: z.array(RowProblemSchema).openapi({ description: 'rows skipped, by line' }),
  })
  .openapi('WatchlistUpload');

export const UploadQuery = z.object({
  name: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: "the watchlist's name (default: the file name); uploading again replaces it" }),
  format: z
    .enum(['csv', 'ftm'])
    .optional()
    .openapi({ description: 'csv, or ftm (FollowTheMoney JSON lines); judged from the content by default' }),
});

export const DecisionBody = z
  .object({
    entryId: z.number().int().positive().openapi({ description: 'the entry (id in a report or the list)' }),
    entityId: z.number().int().positive().openapi({ description: 'the matched entity' }),
    decision: z.enum(['confirmed', 'rejected']),
    reason: z.string().trim().min(1).max(2000).openapi({ description: 'why (recorded with the decision)' }),
  })
  .openapi('NewMatchDecision');

export const DecisionSchema = z
  .object({
    entryRef: z.string().openapi({ description: '<watchlist>/<identifier or name>' }),
    entityKey: z.string(),
    decision: z.enum(['confirmed', 'rejected']),
    reason: z.string().nullable(),
    actor: z.string(),
    at: z.string(),
  })
  .openapi('MatchDecision');

// Screening jobs and reports: every entry's matches with the score's reasons and the evidence
// (with its items' themes), the analysts' verdicts, and the coverage that "no matches" must be
// read against.
import { z } from '@hono/zod-openapi';
import { Instant } from './common.ts';
import { DecisionSchema, WatchlistEntrySchema, WatchlistSchema } from './watchlists.ts';

export const ScreenBody = z
  .object({
    since: Instant.optional().openapi({
      description: 'only evidence published at or after (2024-05-01 or an ISO instant)',
    }),
  })
  .openapi('NewScreening');

export const ScreeningJobSchema = z
  .object({
    id: z.string(),
    state: z.enum(['queued', 'running', 'done', 'failed']),
    actor: z.string(),
    watchlistId: z.number().int(),
    watchlist: z.string(),
    since: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    done: z.number().int().openapi({ description: 'entries screened so far' }),
    total: z.number().int(),
    summary: z
      .object({
        entries: z.number().int(),
        withMatches: z.number().int(),
        confirmed: z.number().int(),
        rejected: z.number().int(),
      })
      .nullable(),
    error: z.string().nullable(),
  })
  .openapi('ScreeningJob');

const Feature = z.object({
  name: z.string(),
  value: z.union([z.number(), z.string()]),
  contribution: z.number().openapi({ description: 'what it adds to the score (negative: takes away)' }),
  detail: z.string().optional(),
});

const NameMatchSchema = z
  .object({
    score: z.number(),
    match: z.boolean(),
    threshold: z.number(),
    a: z.string().openapi({ description: 'the spelling on the watchlist side that matched best' }),
    b: z.string().openapi({ description: 'the spelling on the archive side' }),
    features: z
      .array(Feature)
      .openapi({ description: 'the reasons: their contributions add up to the score' }),
    links: z.array(z.object({ a: z.string(), b: z.string(), method: z.string(), similarity: z.number() })),
  })
  .openapi('NameMatch');

const EntitySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.string(),
  key: z.string(),
  mentionCount: z.number().int(),
  itemCount: z.number().int(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
});

const EvidenceThemeSchema = z
  .object({
    theme: z.string(),
    label: z.string(),
    triggers: z.array(z.string()).openapi({ description: 'the words in the item that triggered the theme' }),
  })
  .openapi('EvidenceTheme');

const EntryThemeSchema = z
  .object({
    theme: z.string(),
    label: z.string(),
    items: z.number().int().openapi({ description: 'evidence items with the theme, each counted once' }),
  })
  .openapi('EntryTheme');

const EvidenceSchema = z.object({
  itemId: z.number().int(),
  feedId: z.number().int(),
  sourceSha256: z.string().openapi({ description: 'sha256 of the stored bytes the item was first seen in' }),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string(),
  source: z.string(),
  sentence: z.string().openapi({ description: 'the sentence that names the entity' }),
  mention: z.string(),
  themes: z.array(EvidenceThemeSchema).openapi({ description: 'what the item is about, and why' }),
});

const MatchSchema = z.object({
  entity: EntitySchema,
  match: NameMatchSchema,
  decision: DecisionSchema.nullable(),
  outlets: z.number().int().openapi({ description: 'independent outlets that named the entity' }),
  evidence: z.array(EvidenceSchema),
});

const CoverageFeedSchema = z.object({
  feedId: z.number().int(),
  title: z.string().nullable(),
  url: z.string(),
  state: z.string(),
  lastErrorCode: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  items: z.number().int(),
  firstItem: z.string().nullable(),
  lastItem: z.string().nullable(),
});

export const ScreeningReportSchema = z
  .object({
    watchlist: WatchlistSchema,
    generatedAt: z.string(),
    since: z.string().nullable(),
    threshold: z.number(),
    entries: z.array(
      z.object({
        entry: WatchlistEntrySchema,
        entryRef: z.string(),
        matches: z.array(MatchSchema),
        themes: z.array(EntryThemeSchema).openapi({
          description: 'the themes across the evidence of the matches not rejected, commonest first',
        }),
      }),
    ),
    coverage: z
      .object({
        feeds: z.array(CoverageFeedSchema),
        items: z.number().int(),
        entities: z.number().int(),
        from: z.string().nullable(),
        to: z.string().nullable(),
      })
      .openapi({
        description:
          'what was searched: no match is a statement about these feeds and items, not a finding of no adverse news',
      }),
    summary: z.object({
      entries: z.number().int(),
      withMatches: z.number().int(),
      confirmed: z.number().int(),
      rejected: z.number().int(),
    }),
  })
  .openapi('ScreeningReport');

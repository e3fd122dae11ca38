// Stories: listings, a story in full with its timeline and decisions, and analysts' decisions.
import { z } from '@hono/zod-openapi';
import { Instant, NextCursor, PageQuery } from './common.ts';

export const StorySchema = z
  .object({
    id: z.number().int(),
    key: z.string().openapi({ description: "the clusterer's key" }),
    label: z.string().nullable().openapi({ description: "the analyst's name, or null" }),
    headline: z.string().openapi({ description: "the analyst's name, else the first item's title" }),
    items: z.number().int(),
    outlets: z.number().int().openapi({ description: 'distinct sources, near-duplicates counted once' }),
    firstSeen: z.string(),
    lastSeen: z.string(),
  })
  .openapi('Story');

export const GrowingStorySchema = StorySchema.extend({
  recentItems: z.number().int().openapi({ description: 'items dated since the window starts' }),
}).openapi('GrowingStory');

export const StoryPage = z
  .object({ total: z.number().int(), stories: z.array(StorySchema), nextCursor: NextCursor })
  .openapi('StoryPage');

export const GrowingStories = z
  .object({ since: z.string(), stories: z.array(GrowingStorySchema) })
  .openapi('GrowingStories');

export const StoryListQuery = z
  .object({
    since: Instant.optional().openapi({ description: 'only stories with an item dated since' }),
    minItems: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .extend(PageQuery.shape);

export const GrowingQuery = z.object({
  days: z.coerce.number().int().min(1).max(365).default(7),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

const StoryItem = z.object({
  itemId: z.number().int(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().openapi({ description: 'published, else first seen' }),
  source: z.string(),
  sourceSha256: z.string().openapi({ description: 'sha256 of the bytes the item was first seen in' }),
  duplicateOf: z.number().int().nullable(),
  score: z.number(),
  isForced: z.boolean().openapi({ description: 'placed by an analyst' }),
});

export const StoryDecisionSchema = z
  .object({
    kind: z.enum(['merge', 'split', 'rename']),
    storyId: z.number().int(),
    otherId: z.number().int().nullable(),
    detail: z.record(z.string(), z.unknown()),
    actor: z.string(),
    at: z.string(),
  })
  .openapi('StoryDecision');

export const StoryDetailSchema = z
  .object({
    story: StorySchema,
    items: z.array(StoryItem).openapi({ description: 'in time order' }),
    entities: z.array(
      z.object({ id: z.number().int(), name: z.string(), type: z.string(), items: z.number().int() }),
    ),
    themes: z.array(z.object({ theme: z.string(), label: z.string(), items: z.number().int() })),
    perDay: z.array(z.object({ day: z.string(), count: z.number().int() })),
    decisions: z.array(StoryDecisionSchema),
  })
  .openapi('StoryDetail');

const Why = z.string().trim().max(500).optional().openapi({ description: 'the reason (recorded)' });
const Label = z.string().trim().min(1).max(300);

export const MergeStoryBody = z
  .object({ from: z.number().int().positive().openapi({ description: 'the story merged away' }), why: Why })
  .openapi('MergeStory');

export const SplitStoryBody = z
  .object({
    items: z.array(z.number().int().positive()).min(1).max(500),
    label: Label.optional().openapi({ description: "the new story's name" }),
    why: Why,
  })
  .openapi('SplitStory');

export const RenameStoryBody = z.object({ label: Label, why: Why }).openapi('RenameStory');

export const RebuildResult = z.object({ placed: z.number().int() }).openapi('StoriesRebuilt');

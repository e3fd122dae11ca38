// Entities: listings, an entity's page of evidence, and analysts' decisions.
import { z } from '@hono/zod-openapi';
import { ENTITY_TYPES } from '../../model/index.ts';
import { MILESTONE_STORIES } from '../../pipeline/index.ts';
import { Instant, NextCursor, PageQuery, TimelineMilestoneSchema } from './common.ts';

export const EntityTypeSchema = z.enum(ENTITY_TYPES as ['PER', 'ORG', 'LOC', 'MISC', 'LAW']);

export const EntitySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    type: EntityTypeSchema,
    key: z.string(),
    mentionCount: z.number().int(),
    itemCount: z.number().int(),
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
  })
  .openapi('Entity');

export const EntityPage = z
  .object({ entities: z.array(EntitySchema), nextCursor: NextCursor })
  .openapi('EntityPage');

export const EntityListQuery = z
  .object({
    type: EntityTypeSchema.optional(),
    since: Instant.optional().openapi({ description: 'only mentions in items dated since' }),
  })
  .extend(PageQuery.shape);

export const EntityQuery = z.object({
  since: Instant.optional().openapi({ description: 'evidence and outlets from items dated since' }),
});

export const EntityLookupQuery = EntityQuery.extend({
  name: z.string().trim().min(1).max(300).openapi({ description: 'any name, alias or spelling' }),
});

const Evidence = z.object({
  itemId: z.number().int(),
  feedId: z.number().int(),
  sourceSha256: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string(),
  source: z.string(),
  sentence: z.string().openapi({ description: 'the sentence that names the entity' }),
  mention: z.string(),
});

export const EntityDecisionSchema = z
  .object({
    kind: z.enum(['merge', 'split', 'rename']),
    entityId: z.number().int(),
    otherId: z.number().int().nullable(),
    detail: z.record(z.string(), z.unknown()),
    actor: z.string(),
    at: z.string(),
  })
  .openapi('EntityDecision');

export const EntityDetailSchema = z
  .object({
    entity: EntitySchema,
    outlets: z.number().int(),
    aliases: z.array(z.object({ alias: z.string(), source: z.string() })),
    spellings: z.array(z.object({ text: z.string(), count: z.number().int() })),
    perDay: z.array(z.object({ day: z.string(), mentions: z.number().int(), items: z.number().int() })),
    evidence: z.array(Evidence),
    cooccurring: z.array(z.object({ entity: EntitySchema, sharedItems: z.number().int() })),
    decisions: z.array(EntityDecisionSchema),
    milestones: z.array(TimelineMilestoneSchema).openapi({
      description: `where the largest stories (at most ${MILESTONE_STORIES}) naming it began: their first item naming it`,
    }),
  })
  .openapi('EntityDetail');

const Name = z.string().trim().min(1).max(300);

export const MergeEntityBody = z
  .object({ from: z.number().int().positive().openapi({ description: 'the entity merged away' }) })
  .openapi('MergeEntity');

export const SplitEntityBody = z
  .object({
    spellings: z.array(z.string().min(1).max(300)).min(1).max(100),
    name: Name.openapi({ description: "the new entity's name" }),
  })
  .openapi('SplitEntity');

export const RenameEntityBody = z.object({ name: Name }).openapi('RenameEntity');

// Themes over time, key figures grouped by claim, and what analysis found in one item.
import { z } from '@hono/zod-openapi';
import { MILESTONE_STORIES } from '../../pipeline/index.ts';
import { Instant, TimelineMilestoneSchema } from './common.ts';

export const ThemeCountSchema = z
  .object({
    theme: z.string().openapi({ description: 'search for it with theme:ID' }),
    label: z.string(),
    items: z.number().int().openapi({ description: 'near-duplicates counted once' }),
    perDay: z.array(z.object({ day: z.string(), count: z.number().int() })),
    milestones: z.array(TimelineMilestoneSchema).openapi({
      description: `where the largest stories (at most ${MILESTONE_STORIES}) it tags began: their first item it tags`,
    }),
  })
  .openapi('ThemeCount');

export const ThemesQuery = z.object({
  since: Instant.optional().openapi({ description: 'only items dated since' }),
});

export const ThemeList = z.object({ themes: z.array(ThemeCountSchema) }).openapi('ThemeList');

export const FiguresQuery = z.object({
  q: z.string().min(1).max(2000).optional().openapi({ description: 'only items a search selects' }),
  since: Instant.optional().openapi({ description: 'only items dated since' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(20_000)
    .default(2000)
    .openapi({ description: 'read the newest this many items with figures' }),
});

export const FigureSchema = z
  .object({
    quantity: z.string().openapi({ description: 'as written' }),
    value: z.number(),
    isApproximate: z.boolean(),
    unit: z.enum(['count', 'percent', 'currency']),
    currency: z.string().nullable(),
    qualifier: z.string().nullable(),
    hedge: z.string().nullable(),
    counted: z.string(),
    countedKey: z.string(),
    sentence: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    sentenceStart: z.number().int(),
  })
  .openapi('Figure');

export const FigureGroupSchema = z
  .object({
    countedKey: z.string(),
    unit: z.enum(['count', 'percent', 'currency']),
    figures: z.array(
      z.object({
        itemId: z.number().int(),
        source: z.string().nullable(),
        published: z.string().nullable(),
        figure: FigureSchema,
      }),
    ),
    values: z.array(z.number()),
    isDisputed: z.boolean().openapi({ description: 'the sources give values that cannot all be true' }),
  })
  .openapi('FigureGroup');

export const FigureReportSchema = z
  .object({ groups: z.array(FigureGroupSchema), items: z.number().int() })
  .openapi('FigureReport');

export const ThemeMatchSchema = z
  .object({
    theme: z.string(),
    label: z.string(),
    triggers: z.array(
      z.object({
        text: z.string(),
        pattern: z.string(),
        kind: z.enum(['term', 'phrase', 'entity']),
        start: z.number().int().nullable(),
        end: z.number().int().nullable(),
      }),
    ),
  })
  .openapi('ThemeMatch');

export const ItemEntitySchema = z
  .object({ id: z.number().int(), name: z.string(), type: z.string(), mentions: z.number().int() })
  .openapi('ItemEntity');

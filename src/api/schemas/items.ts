// Items with versions, duplicates and provenance; fetches; search hits.
import { z } from '@hono/zod-openapi';
import { NextCursor } from './common.ts';
import { FigureSchema, ItemEntitySchema, ThemeMatchSchema } from './topics.ts';

const Person = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  uri: z.string().nullable(),
});
const Category = z.object({ term: z.string(), scheme: z.string().nullable(), label: z.string().nullable() });
const Enclosure = z.object({ url: z.string(), type: z.string().nullable(), length: z.number().nullable() });
const Warning = z.object({
  code: z.string(),
  message: z.string(),
  line: z.number().optional(),
  column: z.number().optional(),
});

export const ItemSchema = z
  .object({
    id: z.number().int(),
    feedId: z.number().int(),
    key: z.string(),
    guid: z.string().nullable(),
    url: z.string().nullable(),
    canonicalUrl: z.string().nullable(),
    title: z.string().nullable(),
    summaryHtml: z.string().nullable(),
    contentHtml: z.string().nullable().openapi({ description: 'sanitised by the parser' }),
    text: z.string(),
    sourceName: z.string(),
    authors: z.array(Person),
    categories: z.array(Category),
    enclosures: z.array(Enclosure),
    language: z.string().nullable(),
    isLanguageDetected: z.boolean(),
    truncated: z.boolean(),
    publishedRaw: z.string().nullable(),
    publishedAt: z.string().nullable(),
    updatedRaw: z.string().nullable(),
    updatedAt: z.string().nullable(),
    firstSeenAt: z.string(),
    lastSeenAt: z.string(),
    firstFetchId: z.number().int(),
    lastFetchId: z.number().int(),
    version: z.number().int(),
    removedAt: z.string().nullable(),
    duplicateOf: z.number().int().nullable(),
    duplicateSimilarity: z.number().nullable(),
  })
  .openapi('Item');

export const FetchSchema = z
  .object({
    id: z.number().int(),
    feedId: z.number().int(),
    source: z.string(),
    fetchedAt: z.string(),
    httpStatus: z.number().int().nullable(),
    httpHeaders: z.record(z.string(), z.string()).nullable(),
    byteLength: z.number().int(),
    sha256: z.string(),
    format: z.string().nullable(),
    warnings: z.array(Warning),
    itemsNew: z.number().int(),
    itemsUpdated: z.number().int(),
    itemsUnchanged: z.number().int(),
  })
  .openapi('Fetch');

const DuplicateRef = z.object({
  itemId: z.number().int(),
  feedId: z.number().int(),
  sourceName: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  similarity: z.number().nullable(),
});

export const ItemDetailSchema = z
  .object({
    item: ItemSchema,
    versions: z.array(
      z.object({
        version: z.number().int(),
        seenAt: z.string(),
        replacedAt: z.string(),
        fetchId: z.number().int(),
        title: z.string().nullable(),
        url: z.string().nullable(),
        text: z.string(),
        changedFields: z.array(z.string()),
      }),
    ),
    events: z.array(
      z.object({ kind: z.enum(['removed', 'restored']), at: z.string(), fetchId: z.number().int() }),
    ),
    canonical: DuplicateRef.nullable(),
    duplicates: z.array(DuplicateRef),
    provenance: z.array(FetchSchema),
    storyId: z.number().int().nullable().openapi({ description: 'the story that holds the item' }),
    entities: z.array(ItemEntitySchema).openapi({ description: 'in the order the item first names them' }),
    themes: z.array(ThemeMatchSchema).openapi({ description: 'with the words that triggered each' }),
    figures: z.array(FigureSchema),
  })
  .openapi('ItemDetail');

export const ArticleResultSchema = z
  .object({ itemId: z.number().int(), ok: z.boolean(), message: z.string(), length: z.number().int() })
  .openapi('ArticleResult');

export const SearchHitSchema = z
  .object({
    itemId: z.number().int(),
    title: z.string().nullable(),
    link: z.string().nullable(),
    published: z.string(),
    source: z.string(),
    snippet: z.string().openapi({ description: 'HTML: text escaped, matches in <mark>' }),
    score: z.number(),
    duplicates: z.number().int().openapi({ description: 'other sources carrying a near-duplicate' }),
    copyOf: z.number().int().optional().openapi({
      description: 'on a near-duplicate found through its own feed or source: the original item',
    }),
  })
  .openapi('SearchHit');

export const SearchPageSchema = z
  .object({
    total: z.number().int().openapi({ description: 'matches, counted up to a cap (see isTotalCapped)' }),
    isTotalCapped: z
      .boolean()
      .openapi({ description: 'true when counting stopped at total: there are more' }),
    rankedAmongNewest: z.number().int().nullable().openapi({
      description:
        'when too many items matched to rank them all: the hits are the most relevant among this many newest matches',
    }),
    hits: z.array(SearchHitSchema),
    nextCursor: NextCursor,
  })
  .openapi('SearchPage');

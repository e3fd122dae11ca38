// /api/search: the CLI's query language, ranked or by date, one page per cursor.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { snippetHtml } from '../../ui/index.ts';
import type { AppEnv } from '../env.ts';
import type { ServerKit } from '../kit.ts';
import { AUTH_ERRORS, BAD_REQUEST, Instant, PageQuery, SECURED, jsonOf } from '../schemas/common.ts';
import { SearchPageSchema } from '../schemas/items.ts';

export const SearchQuery = z
  .object({
    q: z.string().min(1).max(2000).openapi({
      description: 'words, "phrases", AND/OR/NOT, -word, (groups), prefix*, title:, source:, entity:',
      example: '"forced labour" (cotton OR tomatoes) -sanctions',
    }),
    since: Instant.optional().openapi({
      description: 'published at or after (2024-05-01 or an ISO instant)',
    }),
    until: Instant.optional().openapi({ description: 'published before' }),
    feed: z.coerce.number().int().positive().optional(),
    sort: z.enum(['relevance', 'date']).default('relevance'),
  })
  .extend(PageQuery.shape);

/** Adds the search route to app. */
export function registerSearchRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const route = createRoute({
    method: 'get',
    path: '/api/search',
    tags: ['search'],
    security: SECURED,
    summary: 'Full-text search; near-duplicates collapse into one hit with a count',
    middleware: [kit.requireRole('reader')],
    request: { query: SearchQuery },
    responses: { 200: jsonOf(SearchPageSchema, 'a page of hits'), ...BAD_REQUEST, ...AUTH_ERRORS },
  });
  app.openapi(route, async (c) => {
    const page = await kit.services.search(c.req.valid('query'));
    const hits = page.hits.map((h) => ({
      ...h,
      snippet: snippetHtml(h.snippet),
      score: Math.round(h.score * 1000) / 1000,
    }));
    const { total, isTotalCapped, rankedAmongNewest, nextCursor } = page;
    return c.json({ total, isTotalCapped, rankedAmongNewest, hits, nextCursor }, 200);
  });
}

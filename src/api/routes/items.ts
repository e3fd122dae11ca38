// /api/items and /api/fetches: an item with its versions, duplicates and provenance, and what
// analysis found in it; the fetches it came from, and their raw bytes with the sha256 to check.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { AppError, asItemId } from '../../model/index.ts';
import type { AppEnv } from '../env.ts';
import { asJson } from '../json.ts';
import type { ServerKit } from '../kit.ts';
import { RAW_BYTES_POLICY } from '../security-headers.ts';
import { AUTH_ERRORS, BAD_REQUEST, IdParams, NOT_FOUND, SECURED, jsonOf } from '../schemas/common.ts';
import { ArticleResultSchema, FetchSchema, ItemDetailSchema } from '../schemas/items.ts';

/** Adds the item and fetch routes to app. */
export function registerItemRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const reader = [kit.requireRole('reader')];
  const get = createRoute({
    method: 'get',
    path: '/api/items/{id}',
    tags: ['items'],
    security: SECURED,
    middleware: reader,
    summary:
      'An item with its versions, removals, duplicates, provenance, story, entities, themes and figures',
    request: { params: IdParams },
    responses: { 200: jsonOf(ItemDetailSchema, 'the item'), ...BAD_REQUEST, ...AUTH_ERRORS, ...NOT_FOUND },
  });
  app.openapi(get, async (c) => {
    const { id } = c.req.valid('param');
    const detail = await kit.store.getItem(asItemId(id));
    if (!detail) throw new AppError('input.not_found', `api: no item #${id}`);
    const analysis = await kit.services.analysis.itemAnalysis(asItemId(id));
    return c.json(asJson({ ...detail, ...analysis }), 200);
  });

  const article = createRoute({
    method: 'post',
    path: '/api/items/{id}/fetch-article',
    tags: ['items'],
    security: SECURED,
    summary: "Fetch a truncated item's article page and store its text as a new version (analyst)",
    middleware: [kit.requireRole('analyst')],
    request: { params: IdParams },
    responses: {
      200: jsonOf(ArticleResultSchema, 'what came of it'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(article, async (c) => {
    const { id } = c.req.valid('param');
    const result = await kit.services.fetchArticle(asItemId(id));
    c.set('auditTarget', `item:${id}`);
    c.set('auditDetails', { ok: result.ok, length: result.length });
    return c.json(result, 200);
  });

  const fetch = createRoute({
    method: 'get',
    path: '/api/fetches/{id}',
    tags: ['provenance'],
    security: SECURED,
    middleware: reader,
    summary: 'A fetch or import: where the bytes came from, when, and their sha256',
    request: { params: IdParams },
    responses: { 200: jsonOf(FetchSchema, 'the fetch'), ...BAD_REQUEST, ...AUTH_ERRORS, ...NOT_FOUND },
  });
  app.openapi(fetch, async (c) => c.json(asJson(await fetchOr404(kit, c.req.valid('param').id)), 200));

  const raw = createRoute({
    method: 'get',
    path: '/api/fetches/{id}/raw',
    tags: ['provenance'],
    security: SECURED,
    middleware: reader,
    summary: 'The archived raw bytes of a fetch, as a download; X-Content-SHA256 carries their digest',
    request: { params: IdParams },
    responses: {
      200: {
        description: 'the bytes exactly as received',
        headers: z.object({ 'X-Content-SHA256': z.string(), 'Repr-Digest': z.string() }),
        content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
      },
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(raw, async (c) => {
    const fetch = await fetchOr404(kit, c.req.valid('param').id);
    const bytes = await kit.store.getBlob(fetch.sha256);
    if (!bytes) throw new AppError('input.not_found', `api: the bytes of fetch #${fetch.id} are missing`);
    // Never served as what they claim to be: feed bytes are untrusted and this is our origin.
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename="fetch-${fetch.id}-${fetch.sha256.slice(0, 12)}.bin"`,
      'Content-Security-Policy': RAW_BYTES_POLICY,
      'X-Content-SHA256': fetch.sha256,
      'Repr-Digest': `sha-256=:${Buffer.from(fetch.sha256, 'hex').toString('base64')}:`,
    });
  });
}

async function fetchOr404(kit: ServerKit, id: number) {
  const fetch = await kit.store.getFetch(id);
  if (!fetch) throw new AppError('input.not_found', `api: no fetch #${id}`);
  return fetch;
}

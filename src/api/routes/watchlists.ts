// /api/watchlists: the names to screen the archive for. Upload a CSV or FollowTheMoney JSON
// lines (rows with problems are skipped and reported by line), read, delete, and record an
// analyst's verdict on a match.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { actorOf } from '../auth/principal.ts';
import type { AppEnv } from '../env.ts';
import { asJson } from '../json.ts';
import type { ServerKit } from '../kit.ts';
import { numericCursor, pageOf, scopeOf } from '../pagination.ts';
import {
  AUTH_ERRORS,
  BAD_REQUEST,
  ErrorSchema,
  IdParams,
  NOT_FOUND,
  PageQuery,
  SECURED,
  jsonOf,
} from '../schemas/common.ts';
import {
  DecisionBody,
  DecisionSchema,
  UploadQuery,
  WatchlistDetail,
  WatchlistPage,
  WatchlistUploadSchema,
} from '../schemas/watchlists.ts';
import { requireUploads } from '../upload.ts';

const tags = ['watchlists'];
const WATCHLIST_TEXT = z.string().openapi({ description: 'CSV with a header, or FollowTheMoney JSON lines' });

/** Adds the watchlist routes to app. */
export function registerWatchlistRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const reader = [kit.requireRole('reader')];
  const list = createRoute({
    method: 'get',
    path: '/api/watchlists',
    tags,
    security: SECURED,
    middleware: reader,
    summary: 'List watchlists with their entry counts',
    request: { query: PageQuery },
    responses: { 200: jsonOf(WatchlistPage, 'a page of watchlists, by id'), ...BAD_REQUEST, ...AUTH_ERRORS },
  });
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const scope = scopeOf(['watchlists']);
    const after = numericCursor(q.cursor, scope) ?? 0;
    const rows = (await kit.store.listWatchlists()).filter((w) => w.id > after).sort((a, b) => a.id - b.id);
    const page = pageOf(rows.slice(0, q.limit + 1), q.limit, (w) => w.id, scope);
    return c.json({ watchlists: page.items, nextCursor: page.nextCursor }, 200);
  });

  const upload = createRoute({
    method: 'post',
    path: '/api/watchlists',
    tags,
    security: SECURED,
    middleware: [kit.requireRole('analyst')],
    summary: 'Upload a watchlist; one with the same name is replaced (analyst)',
    description:
      'A multipart `file` field (and an optional `name` field), or a raw body. Rows with problems are skipped and listed by line; a file with no usable row is refused.',
    request: {
      query: UploadQuery,
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({
              file: z.any().optional().openapi({ type: 'string', format: 'binary' }),
              name: z.string().optional(),
            }),
          },
          'text/csv': { schema: WATCHLIST_TEXT },
          'text/plain': { schema: WATCHLIST_TEXT },
          'application/x-ndjson': { schema: WATCHLIST_TEXT },
          'application/octet-stream': { schema: WATCHLIST_TEXT },
        },
      },
    },
    responses: {
      201: jsonOf(WatchlistUploadSchema, 'stored, with the rows skipped'),
      413: jsonOf(ErrorSchema, 'too large'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
    },
  });
  app.openapi(upload, async (c) => {
    const q = c.req.valid('query');
    const [file] = await requireUploads(c);
    const field = (await c.req.parseBody())['name'];
    const result = await kit.services.uploadWatchlist({
      file: file as NonNullable<typeof file>,
      name: q.name ?? (typeof field === 'string' ? field : null),
      format: q.format,
    });
    c.set('auditTarget', `watchlist:${result.watchlist.id}`);
    c.set('auditDetails', {
      name: result.watchlist.name,
      entries: result.watchlist.entryCount,
      skipped: result.problems.length,
      replaced: result.replaced,
    });
    return c.json(asJson(result), 201);
  });

  const get = createRoute({
    method: 'get',
    path: '/api/watchlists/{id}',
    tags,
    security: SECURED,
    middleware: reader,
    summary: 'A watchlist with a page of its entries, in file order',
    request: { params: IdParams, query: PageQuery },
    responses: {
      200: jsonOf(WatchlistDetail, 'the watchlist and a page of entries'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(get, async (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const watchlist = await kit.services.findWatchlist(id);
    const scope = scopeOf(['watchlist', id]);
    const after = numericCursor(q.cursor, scope) ?? 0;
    const rows = (await kit.store.watchlistEntries(watchlist.id)).filter((e) => e.id > after);
    const page = pageOf(rows.slice(0, q.limit + 1), q.limit, (e) => e.id, scope);
    return c.json(asJson({ watchlist, entries: page.items, nextCursor: page.nextCursor }), 200);
  });

  const remove = createRoute({
    method: 'delete',
    path: '/api/watchlists/{id}',
    tags,
    security: SECURED,
    middleware: [kit.requireRole('admin')],
    summary: 'Delete a watchlist and its monitors; decisions about its matches stay (admin)',
    request: { params: IdParams },
    responses: { 204: { description: 'deleted' }, ...BAD_REQUEST, ...AUTH_ERRORS, ...NOT_FOUND },
  });
  app.openapi(remove, async (c) => {
    const removed = await kit.services.removeWatchlist(c.req.valid('param').id);
    c.set('auditTarget', `watchlist:${removed.id}`);
    c.set('auditDetails', { name: removed.name });
    return c.body(null, 204);
  });

  const decide = createRoute({
    method: 'post',
    path: '/api/watchlists/{id}/decisions',
    tags: ['screening'],
    security: SECURED,
    middleware: [kit.requireRole('analyst')],
    summary: 'Confirm or reject that an entry is an entity, with the reason (analyst)',
    description: 'The verdict is kept by names, so it applies again in later screenings and monitors.',
    request: {
      params: IdParams,
      body: { required: true, content: { 'application/json': { schema: DecisionBody } } },
    },
    responses: {
      201: jsonOf(DecisionSchema, 'the decision as recorded'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(decide, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const decision = await kit.services.decideMatch({
      watchlistId: id,
      ...body,
      actor: actorOf(c.get('principal')),
    });
    c.set('auditTarget', `watchlist:${id}`);
    c.set('auditDetails', {
      entryRef: decision.entryRef,
      entityKey: decision.entityKey,
      decision: decision.decision,
    });
    return c.json(decision, 201);
  });
}

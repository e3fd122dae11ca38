// /api/feeds: the followed feeds with their state and errors, and their fetch attempts.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { AppError, asFeedId, type FeedRecord } from '../../model/index.ts';
import type { AppEnv } from '../env.ts';
import { asJson } from '../json.ts';
import type { ServerKit } from '../kit.ts';
import { numericCursor, pageOf, scopeOf } from '../pagination.ts';
import {
  AUTH_ERRORS,
  BAD_REQUEST,
  IdParams,
  NOT_FOUND,
  PageQuery,
  SECURED,
  jsonOf,
} from '../schemas/common.ts';
import {
  AddFeedBody,
  AddedFeedSchema,
  AttemptPage,
  FeedListQuery,
  FeedPage,
  FeedWithHistorySchema,
} from '../schemas/feeds.ts';

const tags = ['feeds'];

function matches(f: FeedRecord, q: z.infer<typeof FeedListQuery>): boolean {
  const isRemoved = f.removedAt !== null;
  const removedOk = q.removed === 'include' || (q.removed === 'only') === isRemoved;
  return removedOk && (!q.state || f.state === q.state) && (!q.kind || f.kind === q.kind);
}

/** The feed with its former URLs. */
async function withHistory(kit: ServerKit, feed: FeedRecord) {
  return { ...feed, urlHistory: await kit.store.urlHistory(feed.id) };
}

async function feedOr404(kit: ServerKit, id: number): Promise<FeedRecord> {
  const feed = await kit.store.getFeed(asFeedId(id));
  if (!feed) throw new AppError('input.not_found', `api: no feed #${id}`);
  return feed;
}

/** Adds the feed routes to app. */
export function registerFeedRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const list = createRoute({
    method: 'get',
    path: '/api/feeds',
    tags,
    security: SECURED,
    summary: 'List feeds with their state and errors',
    middleware: [kit.requireRole('reader')],
    request: { query: FeedListQuery.extend(PageQuery.shape) },
    responses: { 200: jsonOf(FeedPage, 'a page of feeds, by id'), ...BAD_REQUEST, ...AUTH_ERRORS },
  });
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const scope = scopeOf(['feeds', q.state, q.kind, q.removed]);
    const after = numericCursor(q.cursor, scope) ?? 0;
    const rows = (await kit.store.listFeeds()).filter((f) => f.id > after && matches(f, q));
    const page = pageOf(rows.slice(0, q.limit + 1), q.limit, (f) => f.id, scope);
    const feeds = await Promise.all(page.items.map((f) => withHistory(kit, f)));
    return c.json({ feeds, nextCursor: page.nextCursor }, 200);
  });

  const get = createRoute({
    method: 'get',
    path: '/api/feeds/{id}',
    tags,
    security: SECURED,
    summary: 'One feed',
    middleware: [kit.requireRole('reader')],
    request: { params: IdParams },
    responses: {
      200: jsonOf(FeedWithHistorySchema, 'the feed, with its former URLs'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(get, async (c) =>
    c.json(await withHistory(kit, await feedOr404(kit, c.req.valid('param').id)), 200),
  );

  const add = createRoute({
    method: 'post',
    path: '/api/feeds',
    tags,
    security: SECURED,
    summary: 'Follow a feed, given its URL or a page that links to it (admin)',
    middleware: [kit.requireRole('admin')],
    request: { body: { required: true, content: { 'application/json': { schema: AddFeedBody } } } },
    responses: {
      201: jsonOf(AddedFeedSchema, 'the feed now followed'),
      409: jsonOf(
        z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
        'already followed',
      ),
      422: jsonOf(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'not a feed'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
    },
  });
  app.openapi(add, async (c) => {
    const added = await kit.services.addFeed(c.req.valid('json'));
    c.set('auditTarget', `feed:${added.feed.id}`);
    c.set('auditDetails', { url: added.feed.url });
    return c.json(asJson(added), 201);
  });

  const remove = createRoute({
    method: 'delete',
    path: '/api/feeds/{id}',
    tags,
    security: SECURED,
    summary: 'Stop following a feed; its items stay (admin)',
    middleware: [kit.requireRole('admin')],
    request: { params: IdParams },
    responses: { 204: { description: 'removed' }, ...BAD_REQUEST, ...AUTH_ERRORS, ...NOT_FOUND },
  });
  app.openapi(remove, async (c) => {
    const { id } = c.req.valid('param');
    await kit.services.removeFeed(asFeedId(id));
    c.set('auditTarget', `feed:${id}`);
    return c.body(null, 204);
  });

  const attempts = createRoute({
    method: 'get',
    path: '/api/feeds/{id}/attempts',
    tags,
    security: SECURED,
    summary: "A feed's fetch attempts, newest first, failures included",
    middleware: [kit.requireRole('reader')],
    request: { params: IdParams, query: PageQuery },
    responses: {
      200: jsonOf(AttemptPage, 'a page of attempts'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(attempts, async (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    await feedOr404(kit, id);
    const scope = scopeOf(['attempts', id]);
    const rows = await kit.store.listAttempts(asFeedId(id), q.limit + 1, numericCursor(q.cursor, scope));
    const page = pageOf(rows, q.limit, (a) => a.id, scope);
    return c.json({ attempts: page.items, nextCursor: page.nextCursor }, 200);
  });
}

// /api/alerts: monitors of saved searches and watchlists. Readers read them and follow their
// Atom feeds; analysts add, test and remove them. The poller sends what is new after each round.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import { asJson } from '../json.ts';
import type { ServerKit } from '../kit.ts';
import { numericCursor, pageOf, scopeOf } from '../pagination.ts';
import { AlertPage, AlertRunSchema, AlertSchema, NewAlertBody } from '../schemas/alerts.ts';
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

const tags = ['alerts'];

/** Adds the alert routes to app. */
export function registerAlertRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const reader = [kit.requireRole('reader')];
  const analyst = [kit.requireRole('analyst')];
  const list = createRoute({
    method: 'get',
    path: '/api/alerts',
    tags,
    security: SECURED,
    middleware: reader,
    summary: 'List the active monitors',
    request: { query: PageQuery },
    responses: { 200: jsonOf(AlertPage, 'a page of monitors, by id'), ...BAD_REQUEST, ...AUTH_ERRORS },
  });
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const scope = scopeOf(['alerts']);
    const after = numericCursor(q.cursor, scope) ?? 0;
    const rows = (await kit.store.listAlerts()).filter((a) => a.id > after);
    const page = pageOf(rows.slice(0, q.limit + 1), q.limit, (a) => a.id, scope);
    return c.json(
      asJson({ alerts: page.items.map(kit.services.alertView), nextCursor: page.nextCursor }),
      200,
    );
  });

  const add = createRoute({
    method: 'post',
    path: '/api/alerts',
    tags,
    security: SECURED,
    middleware: analyst,
    summary:
      'Watch a saved search or a watchlist; new matches go to a webhook, e-mail, or the Atom feed (analyst)',
    request: { body: { required: true, content: { 'application/json': { schema: NewAlertBody } } } },
    responses: {
      201: jsonOf(AlertSchema, 'the monitor'),
      409: jsonOf(ErrorSchema, 'an alert of that name exists'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(add, async (c) => {
    const alert = await kit.services.createAlert(c.req.valid('json'));
    c.set('auditTarget', `alert:${alert.id}`);
    c.set('auditDetails', { name: alert.name, kind: alert.kind, channels: Object.keys(alert.channels) });
    return c.json(asJson(kit.services.alertView(alert)), 201);
  });

  const get = createRoute({
    method: 'get',
    path: '/api/alerts/{id}',
    tags,
    security: SECURED,
    middleware: reader,
    summary: 'One monitor',
    request: { params: IdParams },
    responses: { 200: jsonOf(AlertSchema, 'the monitor'), ...BAD_REQUEST, ...AUTH_ERRORS, ...NOT_FOUND },
  });
  app.openapi(get, async (c) =>
    c.json(asJson(kit.services.alertView(await kit.services.findAlert(c.req.valid('param').id))), 200),
  );

  const remove = createRoute({
    method: 'delete',
    path: '/api/alerts/{id}',
    tags,
    security: SECURED,
    middleware: analyst,
    summary: 'Stop a monitor; its delivery log stays (analyst)',
    request: { params: IdParams },
    responses: { 204: { description: 'stopped' }, ...BAD_REQUEST, ...AUTH_ERRORS, ...NOT_FOUND },
  });
  app.openapi(remove, async (c) => {
    const alert = await kit.services.removeAlert(c.req.valid('param').id);
    c.set('auditTarget', `alert:${alert.id}`);
    c.set('auditDetails', { name: alert.name });
    return c.body(null, 204);
  });

  const test = createRoute({
    method: 'post',
    path: '/api/alerts/{id}/test',
    tags,
    security: SECURED,
    middleware: analyst,
    summary:
      "Send a sample of the monitor's latest matches on each channel now, without marking them sent (analyst)",
    request: { params: IdParams },
    responses: {
      200: jsonOf(z.object({ results: z.array(AlertRunSchema) }), 'what each channel did'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(test, async (c) => {
    const { id } = c.req.valid('param');
    const results = await kit.services.testAlert(id);
    c.set('auditTarget', `alert:${id}`);
    c.set('auditDetails', { results: results.map((r) => ({ channel: r.channel, ok: r.ok })) });
    return c.json({ results }, 200);
  });

  const feed = createRoute({
    method: 'get',
    path: '/api/alerts/{id}/feed.atom',
    tags,
    security: SECURED,
    middleware: reader,
    summary: "The monitor's latest matches as an Atom 1.0 feed",
    description:
      'For feed readers. A feed reader sends no cookie: on a server bound to 127.0.0.1 none is needed from this machine; elsewhere, give the reader an API key of a reader-role user as `Authorization: Bearer nw_…` (`newswatch users add feeds --role reader`, then `newswatch keys create --user feeds --label "feed reader"`).',
    request: { params: IdParams },
    responses: {
      200: { description: 'Atom 1.0', content: { 'application/atom+xml': { schema: z.string() } } },
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(feed, async (c) => {
    const site = new URL(c.req.url).origin;
    const xml = await kit.services.alertFeed(c.req.valid('param').id, site);
    return c.body(xml, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });
}

// /api/health, /api/overview and /api/poll: liveness, the overview's figures, a round now.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import { asJson } from '../json.ts';
import type { ServerKit } from '../kit.ts';
import { AUTH_ERRORS, SECURED, jsonOf } from '../schemas/common.ts';
import { OverviewSchema } from '../schemas/accounts.ts';
import { PollResult } from '../schemas/feeds.ts';

/** Adds the health, overview and poll routes to app. */
export function registerMetaRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const health = createRoute({
    method: 'get',
    path: '/api/health',
    tags: ['meta'],
    summary: 'Liveness (no credentials needed)',
    responses: { 200: jsonOf(z.object({ ok: z.literal(true) }), 'the server is up') },
  });
  app.openapi(health, (c) => c.json({ ok: true as const }, 200));

  const overview = createRoute({
    method: 'get',
    path: '/api/overview',
    tags: ['meta'],
    security: SECURED,
    summary: 'Counts, items per day (30 days), newest items, failing feeds',
    middleware: [kit.requireRole('reader')],
    responses: { 200: jsonOf(OverviewSchema, 'the overview'), ...AUTH_ERRORS },
  });
  app.openapi(overview, async (c) => c.json(asJson(await kit.services.overview()), 200));

  const poll = createRoute({
    method: 'post',
    path: '/api/poll',
    tags: ['feeds'],
    security: SECURED,
    summary: 'Fetch the feeds that are due now, and wait for the round (admin)',
    middleware: [kit.requireRole('admin')],
    responses: { 200: jsonOf(PollResult, 'what the round did'), ...AUTH_ERRORS },
  });
  app.openapi(poll, async (c) => {
    const summary = await kit.services.pollNow();
    c.set('auditDetails', { ...summary });
    return c.json(summary, 200);
  });
}

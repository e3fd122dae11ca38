// /api/themes and /api/figures: what the archive is about over time, and the numbers it cites
// grouped by claim, with who reported what and where the sources disagree.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import { asJson } from '../json.ts';
import type { ServerKit } from '../kit.ts';
import { AUTH_ERRORS, BAD_REQUEST, SECURED, jsonOf } from '../schemas/common.ts';
import { FigureReportSchema, FiguresQuery, ThemeList, ThemesQuery } from '../schemas/topics.ts';

/** Adds the theme and figure routes to app. */
export function registerTopicRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const reader = { security: SECURED, middleware: [kit.requireRole('reader')] };

  const themes = createRoute({
    ...reader,
    tags: ['themes'],
    method: 'get',
    path: '/api/themes',
    summary: 'Themes with their items per day, commonest first',
    request: { query: ThemesQuery },
    responses: { 200: jsonOf(ThemeList, 'every theme some item has'), ...BAD_REQUEST, ...AUTH_ERRORS },
  });
  app.openapi(themes, async (c) => {
    const { since } = c.req.valid('query');
    return c.json({ themes: asJson(await kit.services.analysis.themes(since ?? null)) }, 200);
  });

  const figures = createRoute({
    ...reader,
    tags: ['figures'],
    method: 'get',
    path: '/api/figures',
    summary: 'Key figures grouped by claim: who reported what, and disputed groups flagged',
    request: { query: FiguresQuery },
    responses: {
      200: jsonOf(FigureReportSchema, 'the groups, largest first'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
    },
  });
  app.openapi(figures, async (c) => {
    const report = await kit.services.analysis.figures(c.req.valid('query'));
    const groups = report.groups.map((g) => ({
      ...g,
      figures: g.figures.map((f) => ({ ...f, itemId: Number(f.itemId) })),
    }));
    return c.json(asJson({ groups, items: report.items }), 200);
  });
}

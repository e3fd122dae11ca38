// /api/feeds/opml: the followed feeds as OPML 2.0, and following the feeds of an OPML file.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import { asJson } from '../json.ts';
import type { ServerKit } from '../kit.ts';
import { AUTH_ERRORS, BAD_REQUEST, SECURED, jsonOf } from '../schemas/common.ts';
import { OpmlResult } from '../schemas/feeds.ts';
import { requireUploads } from '../upload.ts';

const tags = ['feeds'];
const OPML_TEXT = z.string().openapi({ description: 'an OPML 1.0 or 2.0 document' });

/** Adds the OPML routes to app (before /api/feeds/{id}, which would take `opml` for an id). */
export function registerOpmlRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const exportRoute = createRoute({
    method: 'get',
    path: '/api/feeds/opml',
    tags,
    security: SECURED,
    summary: 'The followed feeds as OPML 2.0',
    middleware: [kit.requireRole('reader')],
    responses: {
      200: { description: 'OPML 2.0', content: { 'text/x-opml': { schema: OPML_TEXT } } },
      ...AUTH_ERRORS,
    },
  });
  app.openapi(exportRoute, async (c) => {
    c.header('Content-Disposition', 'attachment; filename="newswatch-feeds.opml"');
    return c.body(await kit.services.exportOpml(), 200, { 'Content-Type': 'text/x-opml; charset=utf-8' });
  });

  const importRoute = createRoute({
    method: 'post',
    path: '/api/feeds/opml',
    tags,
    security: SECURED,
    summary: 'Follow the feeds of an OPML file (admin)',
    middleware: [kit.requireRole('admin')],
    request: {
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({ file: z.any().optional().openapi({ type: 'string', format: 'binary' }) }),
          },
          'text/xml': { schema: OPML_TEXT },
          'application/xml': { schema: OPML_TEXT },
          'text/x-opml': { schema: OPML_TEXT },
        },
      },
    },
    responses: {
      200: jsonOf(OpmlResult, 'feeds added, already followed, problems'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
    },
  });
  app.openapi(importRoute, async (c) => {
    const [file] = await requireUploads(c);
    const result = await kit.services.importOpml(new TextDecoder().decode(file?.bytes));
    c.set('auditDetails', {
      added: result.added,
      existing: result.existing,
      problems: result.problems.length,
    });
    return c.json(asJson(result), 200);
  });
}

// /api/export: the items a query matches as JSON lines or CSV, or the raw responses they came
// from as WARC 1.1 (and that WARC's sha256 manifest), streamed.
import { Writable } from 'node:stream';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { exportCsv, exportJsonl, exportRequestFor, exportWarc } from '../../pipeline/index.ts';
import type { ExportRequest, Store } from '../../store/index.ts';
import type { AppEnv } from '../env.ts';
import type { ServerKit } from '../kit.ts';
import { AUTH_ERRORS, BAD_REQUEST, Instant, SECURED } from '../schemas/common.ts';
import { streamFrom } from '../web-sink.ts';

const FORMATS = {
  jsonl: { type: 'application/x-ndjson', ext: 'jsonl' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  warc: { type: 'application/warc', ext: 'warc' },
  manifest: { type: 'text/tab-separated-values; charset=utf-8', ext: 'manifest.tsv' },
} as const;

const ExportQuery = z.object({
  format: z.enum(['jsonl', 'csv', 'warc', 'manifest']).default('jsonl').openapi({
    description: 'manifest: the sha256 manifest of the WARC the same request gives',
  }),
  q: z.string().min(1).max(2000).optional(),
  since: Instant.optional(),
  until: Instant.optional(),
});

type Format = keyof typeof FORMATS;

function writerOf(format: Format, store: Store, request: ExportRequest, now: Date) {
  const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  return (out: Writable): Promise<number> => {
    if (format === 'jsonl') return exportJsonl(store, request, out);
    if (format === 'csv') return exportCsv(store, request, out);
    if (format === 'warc') return exportWarc(store, request, out, discard(), now);
    return exportWarc(store, request, discard(), out, now);
  };
}

/** Adds the export route to app. */
export function registerExportRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const binary = { schema: z.string().openapi({ format: 'binary' }) };
  const route = createRoute({
    method: 'get',
    path: '/api/export',
    tags: ['export'],
    security: SECURED,
    summary: 'Export matching items (oldest first) as a stream',
    middleware: [kit.requireRole('reader')],
    request: { query: ExportQuery },
    responses: {
      200: {
        description: 'the export',
        content: {
          'application/x-ndjson': binary,
          'text/csv': binary,
          'application/warc': binary,
          'text/tab-separated-values': binary,
        },
      },
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
    },
  });
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const request = await exportRequestFor(kit.store, q.q, {
      ...(q.since ? { since: q.since } : {}),
      ...(q.until ? { until: q.until } : {}),
    });
    const now = kit.now();
    const stamp = now.toISOString().slice(0, 10);
    return c.body(streamFrom(writerOf(q.format, kit.store, request, now)), 200, {
      'Content-Type': FORMATS[q.format].type,
      'Content-Disposition': `attachment; filename="newswatch-${stamp}.${FORMATS[q.format].ext}"`,
    });
  });
}

// /api/imports: upload feed files (multipart `file` fields, or a raw body named by ?name=);
// they import in the background, and the job reports progress by polling or server-sent events.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { AppError } from '../../model/index.ts';
import { actorOf } from '../auth/principal.ts';
import type { AppEnv } from '../env.ts';
import type { ImportJob } from '../jobs.ts';
import { asJson } from '../json.ts';
import type { ServerKit } from '../kit.ts';
import { AUTH_ERRORS, BAD_REQUEST, NOT_FOUND, SECURED, jsonOf } from '../schemas/common.ts';
import { JobSchema } from '../schemas/accounts.ts';
import { requireUploads } from '../upload.ts';

const tags = ['imports'];
const JobParams = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const EVENT_EVERY_MS = 250;

function jobOr404(kit: ServerKit, id: string): ImportJob {
  const job = kit.services.importJob(id);
  if (!job) throw new AppError('input.not_found', `api: no import job ${id}`);
  return job;
}

/** Adds the import routes to app. */
export function registerImportRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const admin = [kit.requireRole('admin')];
  const start = createRoute({
    method: 'post',
    path: '/api/imports',
    tags,
    security: SECURED,
    middleware: admin,
    summary: 'Upload feed files (any format newswatch parses) to import (admin)',
    request: {
      query: z.object({
        name: z.string().max(200).optional().openapi({ description: 'file name of a raw body' }),
      }),
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({ file: z.any().optional().openapi({ type: 'string', format: 'binary' }) }),
          },
          'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
    },
    responses: {
      202: jsonOf(JobSchema, 'queued; poll GET /api/imports/{id} or read its events'),
      413: jsonOf(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'too large'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
    },
  });
  app.openapi(start, async (c) => {
    const files = await requireUploads(c);
    const job = kit.services.startImport(files, actorOf(c.get('principal')));
    c.set('auditTarget', `import:${job.id}`);
    c.set('auditDetails', { files: files.map((f) => ({ name: f.name, bytes: f.bytes.byteLength })) });
    return c.json(asJson(job), 202);
  });

  const get = createRoute({
    method: 'get',
    path: '/api/imports/{id}',
    tags,
    security: SECURED,
    middleware: admin,
    summary: 'An import job: state, files done, per-file results',
    request: { params: JobParams },
    responses: { 200: jsonOf(JobSchema, 'the job'), ...BAD_REQUEST, ...AUTH_ERRORS, ...NOT_FOUND },
  });
  app.openapi(get, (c) => c.json(asJson(jobOr404(kit, c.req.valid('param').id)), 200));

  const events = createRoute({
    method: 'get',
    path: '/api/imports/{id}/events',
    tags,
    security: SECURED,
    middleware: admin,
    summary: "An import job's progress as server-sent events (`progress`, then `done`)",
    request: { params: JobParams },
    responses: {
      200: { description: 'event stream', content: { 'text/event-stream': { schema: z.string() } } },
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(events, (c) => {
    const { id } = c.req.valid('param');
    jobOr404(kit, id);
    return streamSSE(c, async (stream) => {
      let sent = '';
      for (;;) {
        const job = jobOr404(kit, id);
        const data = JSON.stringify(job);
        if (data !== sent) await stream.writeSSE({ event: job.state === 'done' ? 'done' : 'progress', data });
        sent = data;
        if (job.state === 'done' || stream.aborted) return;
        await stream.sleep(EVENT_EVERY_MS);
      }
    });
  });
}

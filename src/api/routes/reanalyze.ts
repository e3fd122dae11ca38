// /api/reanalyze: analyse stored items again in the background (admin), as `newswatch reanalyze`
// does: by default the items an older analysis version left, with all=true every item.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../../model/index.ts';
import { actorOf } from '../auth/principal.ts';
import type { AppEnv } from '../env.ts';
import type { ServerKit } from '../kit.ts';
import { AUTH_ERRORS, BAD_REQUEST, ErrorSchema, NOT_FOUND, SECURED, jsonOf } from '../schemas/common.ts';

const ReanalysisJobSchema = z
  .object({
    id: z.string(),
    state: z.enum(['queued', 'running', 'done']),
    actor: z.string(),
    all: z.boolean(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    total: z.number().int().nullable().openapi({ description: 'items marked for analysis (all=true only)' }),
    analysed: z.number().int(),
    error: z.string().nullable(),
  })
  .openapi('ReanalysisJob');

const ReanalyzeBody = z
  .object({
    all: z.boolean().default(false).openapi({ description: 'every item, not only those of older versions' }),
  })
  .openapi('Reanalyze');

const JobParams = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

/** Adds the re-analysis routes to app. */
export function registerReanalyzeRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const base = { tags: ['analysis'], security: SECURED, middleware: [kit.requireRole('admin')] };
  const start = createRoute({
    ...base,
    method: 'post',
    path: '/api/reanalyze',
    summary: 'Analyse stored items again in the background (admin)',
    request: { body: { required: false, content: { 'application/json': { schema: ReanalyzeBody } } } },
    responses: {
      202: jsonOf(ReanalysisJobSchema, 'queued; poll GET /api/reanalyze/{id}'),
      409: jsonOf(ErrorSchema, 'the server runs without analysers'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
    },
  });
  app.openapi(start, async (c) => {
    const body = c.req.header('content-type')?.includes('application/json')
      ? c.req.valid('json')
      : { all: false };
    const job = kit.services.startReanalysis({ all: body.all, actor: actorOf(c.get('principal')) });
    c.set('auditTarget', `reanalysis:${job.id}`);
    c.set('auditDetails', { all: job.all });
    return c.json(job, 202);
  });

  const get = createRoute({
    ...base,
    method: 'get',
    path: '/api/reanalyze/{id}',
    summary: 'A re-analysis job: state and items analysed so far (admin)',
    request: { params: JobParams },
    responses: { 200: jsonOf(ReanalysisJobSchema, 'the job'), ...BAD_REQUEST, ...AUTH_ERRORS, ...NOT_FOUND },
  });
  app.openapi(get, (c) => {
    const { id } = c.req.valid('param');
    const job = kit.services.reanalysisJob(id);
    if (!job) throw new AppError('input.not_found', `api: no re-analysis job ${id}`);
    return c.json(job, 200);
  });
}

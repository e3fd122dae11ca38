// /api/watchlists/{id}/screen and /api/screenings: a watchlist screened against the archive in
// the background (a job with progress, as imports are), and its report as JSON, or as printable
// HTML and CSV downloads. Reports show the analysts' latest verdicts.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { screeningCsv, screeningHtml } from '../../export/index.ts';
import type { ScreeningReport } from '../../model/index.ts';
import { actorOf } from '../auth/principal.ts';
import type { AppEnv } from '../env.ts';
import { asJson } from '../json.ts';
import type { ServerKit } from '../kit.ts';
import {
  AUTH_ERRORS,
  BAD_REQUEST,
  ErrorSchema,
  IdParams,
  NOT_FOUND,
  SECURED,
  jsonOf,
} from '../schemas/common.ts';
import { ScreenBody, ScreeningJobSchema, ScreeningReportSchema } from '../schemas/screening.ts';

const tags = ['screening'];
const JobParams = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const NOT_READY = { 409: jsonOf(ErrorSchema, 'the screening is still running, or failed') };
/** The printable report carries its own style; shown inline by mistake, it can run nothing. */
const REPORT_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'";

const DOWNLOADS = {
  html: { type: 'text/html; charset=utf-8', render: screeningHtml },
  csv: { type: 'text/csv; charset=utf-8', render: screeningCsv },
} as const;

/** Returns the download's file name: the watchlist's name made safe, and the day. */
function fileNameOf(report: ScreeningReport, ext: string): string {
  const name = report.watchlist.name.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 60) || 'watchlist';
  return `screening-${name}-${report.generatedAt.slice(0, 10)}.${ext}`;
}

/** Adds the screening routes to app. */
export function registerScreeningRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const reader = [kit.requireRole('reader')];
  const start = createRoute({
    method: 'post',
    path: '/api/watchlists/{id}/screen',
    tags,
    security: SECURED,
    middleware: reader,
    summary: 'Screen a watchlist against the archive, in the background',
    description: 'Poll GET /api/screenings/{id} for progress; the report follows when it is done.',
    request: {
      params: IdParams,
      body: { required: false, content: { 'application/json': { schema: ScreenBody } } },
    },
    responses: {
      202: jsonOf(ScreeningJobSchema, 'queued'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(start, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json') as z.infer<typeof ScreenBody> | undefined;
    const actor = actorOf(c.get('principal'));
    const job = await kit.services.startScreening({ watchlistId: id, since: body?.since ?? null, actor });
    c.set('auditTarget', `watchlist:${id}`);
    c.set('auditDetails', { screening: job.id, since: job.since });
    return c.json(job, 202);
  });

  const get = createRoute({
    method: 'get',
    path: '/api/screenings/{id}',
    tags,
    security: SECURED,
    middleware: reader,
    summary: 'A screening job: state, entries done of total, and the summary when done',
    request: { params: JobParams },
    responses: {
      200: jsonOf(ScreeningJobSchema, 'the job'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(get, (c) => c.json(kit.services.screeningJob(c.req.valid('param').id), 200));

  const report = createRoute({
    method: 'get',
    path: '/api/screenings/{id}/report',
    tags,
    security: SECURED,
    middleware: reader,
    summary: 'The report: matches with their reasons and evidence, decisions, coverage',
    request: { params: JobParams },
    responses: {
      200: jsonOf(ScreeningReportSchema, 'the report'),
      ...NOT_READY,
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(report, async (c) =>
    c.json(asJson(await kit.services.screeningReport(c.req.valid('param').id)), 200),
  );

  for (const [ext, format] of Object.entries(DOWNLOADS)) {
    const download = createRoute({
      method: 'get',
      path: `/api/screenings/{id}/report.${ext}`,
      tags,
      security: SECURED,
      middleware: reader,
      summary: `The report as a ${ext === 'html' ? 'printable HTML page' : 'CSV file (one row per piece of evidence)'}, to download`,
      request: { params: JobParams },
      responses: {
        200: {
          description: 'the report',
          content: { [format.type.split(';')[0] as string]: { schema: z.string() } },
        },
        ...NOT_READY,
        ...BAD_REQUEST,
        ...AUTH_ERRORS,
        ...NOT_FOUND,
      },
    });
    app.openapi(download, async (c) => {
      const r = await kit.services.screeningReport(c.req.valid('param').id);
      return c.body(format.render(r), 200, {
        'Content-Type': format.type,
        'Content-Disposition': `attachment; filename="${fileNameOf(r, ext)}"`,
        'Content-Security-Policy': REPORT_POLICY,
      });
    });
  }
}

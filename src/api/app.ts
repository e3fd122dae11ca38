// The app: security headers, the Host check (loopback servers), size limits, who is asking,
// CSRF, the audit log, then the API routes and the UI pages. One error handler for both.
import type { Context } from 'hono';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { FeedFetcher } from '../fetch/index.ts';
import type { ItemAnalyzer } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';
import { mountUi } from '../ui/index.ts';
import { auditWrites } from './auth/audit-writes.ts';
import { authenticate } from './auth/authenticate.ts';
import { csrfGuard } from './auth/csrf.ts';
import { loopbackHostGuard, requireRole } from './auth/guards.ts';
import { socketAddressOf } from './auth/loopback.ts';
import { actorOf, hasRole } from './auth/principal.ts';
import { RateLimiter } from './auth/rate-limit.ts';
import { randomToken } from './auth/sessions.ts';
import type { AppEnv } from './env.ts';
import { describeError, errorBody, errorResponse, isBug } from './errors.ts';
import { ImportJobs } from './jobs.ts';
import { DEFAULT_LIMITS, type Limits, type ServerKit } from './kit.ts';
import { Poller } from './poller.ts';
import { requestLimits } from './request-limits.ts';
import { ScreeningJobs } from './screening-jobs.ts';
import { ReanalysisJobs } from './reanalysis-jobs.ts';
import { registerApiRoutes } from './routes/index.ts';
import { securityHeaders } from './security-headers.ts';
import { bindServices, type AlertSettings } from './services/index.ts';
import { readUploads } from './upload.ts';
import { validationHook } from './validation.ts';

export interface AppDeps {
  readonly store: Store;
  /** For adding feeds, fetching articles and polling now. */
  readonly fetcher: FeedFetcher;
  readonly now?: () => Date;
  /**
   * True only when the server listens on loopback: requests from this machine without
   * credentials then act as the local admin, and Host names other than loopback are refused.
   */
  readonly trustLoopback?: boolean;
  /** The client's address (from the socket by default; tests inject one). */
  readonly remoteAddressOf?: (c: Context) => string | undefined;
  readonly limits?: Partial<Limits>;
  readonly jobs?: ImportJobs;
  readonly poller?: Poller;
  /** Analyses new items after imports and polls (used when jobs and poller are not given). */
  readonly analyze?: ItemAnalyzer | null;
  readonly screenings?: ScreeningJobs;
  readonly reanalyses?: ReanalysisJobs;
  /** Where alerts go out (tests and test sends); no SMTP and no private webhook hosts by default. */
  readonly alerting?: AlertSettings;
  /** Where bugs are reported (stderr by default). */
  readonly log?: (line: string) => void;
}

const isApi = (c: Context) => c.req.path.startsWith('/api/');

function buildKit(deps: AppDeps, now: () => Date, limits: Limits, log: (line: string) => void): ServerKit {
  const { store, fetcher } = deps;
  const analyze = deps.analyze ?? null;
  const jobs = deps.jobs ?? new ImportJobs(store, now, analyze);
  const alerts = deps.alerting ?? null;
  const poller = deps.poller ?? new Poller({ store, fetcher, now }, { analyze, alerts, log });
  const remoteAddressOf = deps.remoteAddressOf ?? socketAddressOf;
  const screenings = deps.screenings ?? new ScreeningJobs(store, now, log);
  const reanalyses = deps.reanalyses ?? new ReanalysisJobs(store, now, analyze);
  return {
    store,
    now,
    limits,
    services: bindServices({
      store,
      now,
      fetcher,
      jobs,
      poller,
      loginLimiter: new RateLimiter(limits.login),
      screenings,
      reanalyses,
      alerting: deps.alerting ?? { smtp: null, allow: [] },
    }),
    clientOf: (c) => remoteAddressOf(c) ?? 'unknown',
    requireRole,
    hasRole,
    actorOf,
    readUploads,
  };
}

/** Returns the HTTP app: the JSON API under /api/, the web UI everywhere else. */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const now = deps.now ?? (() => new Date());
  const limits: Limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const log = deps.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const kit = buildKit(deps, now, limits, log);
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('*', securityHeaders());
  if (deps.trustLoopback) app.use('*', loopbackHostGuard());
  app.use('*', requestLimits(limits));
  app.use(
    '*',
    authenticate({
      store: deps.store,
      now,
      trustLoopback: deps.trustLoopback === true,
      remoteAddressOf: deps.remoteAddressOf ?? socketAddressOf,
      localCsrfToken: randomToken(),
      keyLimiter: new RateLimiter(limits.keyUse),
      failureLimiter: new RateLimiter(limits.authFailures),
    }),
  );
  app.use('*', csrfGuard());
  app.use('*', auditWrites(deps.store, now));
  registerApiRoutes(app, kit);
  const ui = mountUi(app, kit);
  app.onError((err, c) => {
    if (isBug(err)) log(`server: ${c.req.method} ${c.req.path} failed: ${err.stack ?? String(err)}`);
    if (isApi(c)) return errorResponse(c, err);
    const { status, body } = describeError(err);
    return ui.renderError(c, status, body.error.code, body.error.message);
  });
  app.notFound((c) =>
    isApi(c)
      ? c.json(errorBody('input.not_found', `api: no route ${c.req.method} ${c.req.path}`), 404)
      : ui.renderError(c, 404, 'input.not_found', `There is no page at ${c.req.path}.`),
  );
  return app;
}

// Running the app: listen, poll in the background, and shut down gracefully: stop accepting,
// let requests in flight and the import being written finish, stop polling after the round
// in progress, then close the fetcher and the database.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { FeedFetcher } from '../fetch/index.ts';
import { AppError } from '../model/index.ts';
import { DEFAULT_POLL_OPTIONS, type ItemAnalyzer, type PollOptions } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';
import { createApp } from './app.ts';
import { isLoopbackHost } from './auth/loopback.ts';
import { ImportJobs } from './jobs.ts';
import type { Limits } from './kit.ts';
import { Poller } from './poller.ts';
import { ScreeningJobs } from './screening-jobs.ts';
import { ReanalysisJobs } from './reanalysis-jobs.ts';
import type { AlertSettings } from './services/index.ts';

export interface ServerOptions {
  readonly store: Store;
  readonly fetcher: FeedFetcher;
  /** 127.0.0.1 unless given; any other address needs a user or API key to exist. */
  readonly host?: string;
  /** 0 for any free port. */
  readonly port?: number;
  /** True to ask everyone to sign in, even on loopback (a machine shared with others). */
  readonly requireLogin?: boolean;
  /** False to serve without polling (a manual round is still possible). */
  readonly poll?: boolean;
  readonly pollOptions?: PollOptions;
  /** Analyses new items (entities) after imports and polling rounds; none when absent. */
  readonly analyze?: ItemAnalyzer | null;
  /** Where alerts go out (the start-up reads the SMTP settings and --allow-host); no SMTP by default. */
  readonly alerting?: AlertSettings;
  readonly now?: () => Date;
  readonly limits?: Partial<Limits>;
  readonly log?: (line: string) => void;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** False when requests from this machine act as the local admin. */
  readonly needsLogin: boolean;
  /** Shuts down gracefully; resolves when the database is closed. */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8750;
/** Open connections (event streams, slow downloads) get this long before they are cut. */
const GRACE_MS = 5_000;

function listen(app: ReturnType<typeof createApp>, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, () => resolve(server as Server));
    (server as Server).once('error', reject);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), GRACE_MS);
    server.close(() => (clearTimeout(timer), resolve()));
    server.closeIdleConnections();
  });
}

/** Starts the API, the UI and (unless poll is false) the poller; returns the running server. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const isLocal = isLoopbackHost(host) && options.requireLogin !== true;
  if (!isLocal && !(await options.store.hasCredentials())) {
    throw new AppError(
      'usage.no_credentials',
      `serve: refusing to ${options.requireLogin ? 'require sign-in' : `listen on ${host}`} with no user or API key; add one first (newswatch users add NAME --role admin --password-stdin)`,
    );
  }
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const { store, fetcher } = options;
  const analyze = options.analyze ?? null;
  const jobs = new ImportJobs(store, now, analyze);
  const screenings = new ScreeningJobs(store, now, log);
  const reanalyses = new ReanalysisJobs(store, now, analyze);
  const alerting = options.alerting ?? { smtp: null, allow: [] };
  const poller = new Poller(
    { store, fetcher, now },
    { poll: options.pollOptions ?? DEFAULT_POLL_OPTIONS, log, analyze, alerts: alerting },
  );
  const app = createApp({
    store,
    fetcher,
    now,
    trustLoopback: isLocal,
    jobs,
    poller,
    screenings,
    reanalyses,
    alerting,
    log,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const server = await listen(app, host, options.port ?? DEFAULT_PORT);
  if (options.poll !== false) poller.start();
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    needsLogin: !isLocal,
    close: () =>
      (closing ??= (async () => {
        await closeServer(server);
        await jobs.stop();
        await screenings.stop();
        await reanalyses.stop();
        await poller.stop();
        await fetcher.close();
        await store.close();
      })()),
  };
}

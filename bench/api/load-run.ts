// One load run: autocannon with a number of connections for a duration against the server,
// each request's path drawn from nextPath, while the server process's memory and CPU are
// sampled. Latencies are autocannon's (2xx responses only, 1 ms resolution); a request that
// times out (10 s) counts as an error and has no latency.
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import type { ServerProcess, ServerUsage } from './server-process.ts';

export interface LoadRun {
  readonly endpoint: string;
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly statusCodes: string;
  readonly server: ServerUsage;
  /** The machine's 1-minute load average as the run started. */
  readonly loadBefore: number;
}

export interface LoadSpec {
  readonly endpoint: string;
  readonly connections: number;
  readonly seconds: number;
  readonly nextPath: () => string;
}

function statusCodesOf(result: autocannon.Result): string {
  return Object.entries(result.statusCodeStats ?? {})
    .map(([code, stat]) => `${code}×${stat.count ?? 0}`)
    .join(' ');
}

/** Runs autocannon against the server as spec says; returns its figures and the server's usage. */
export async function runLoad(server: ServerProcess, spec: LoadSpec): Promise<LoadRun> {
  const loadBefore = loadavg()[0] ?? Number.NaN;
  const stopWatching = server.watch();
  const result = await autocannon({
    url: server.url,
    connections: spec.connections,
    duration: spec.seconds,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: spec.nextPath() }) }],
  });
  const usage = stopWatching();
  const total = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    endpoint: spec.endpoint,
    connections: spec.connections,
    seconds: result.duration,
    requests: total,
    requestsPerSecond: total / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: statusCodesOf(result),
    server: usage,
    loadBefore,
  };
}

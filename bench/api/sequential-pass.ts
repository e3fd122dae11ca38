// One request at a time, before the load runs: every search path once (which also warms the
// page cache) and a sample of item pages. The mean time of one request is the server's service
// time; with one thread serving, N connections in a closed loop wait about N times that.
import { quantile } from '../store/measure.ts';

export interface Timed {
  readonly label: string;
  readonly ms: number;
  readonly status: number;
}

export interface PassSummary {
  readonly count: number;
  readonly mean: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly failed: readonly Timed[];
}

/** Requests each path once, in order; returns the time and status of each. */
export async function requestEach(
  baseUrl: string,
  paths: ReadonlyArray<{ label: string; path: string }>,
): Promise<Timed[]> {
  const out: Timed[] = [];
  for (const { label, path } of paths) {
    const t0 = performance.now();
    const response = await fetch(`${baseUrl}${path}`);
    await response.arrayBuffer();
    out.push({ label, ms: performance.now() - t0, status: response.status });
  }
  return out;
}

/** Returns the mean, median, p99 and max of the timings, and the requests that did not answer 200. */
export function summarisePass(timed: readonly Timed[]): PassSummary {
  const sorted = timed.map((t) => t.ms).sort((a, b) => a - b);
  return {
    count: timed.length,
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
    failed: timed.filter((t) => t.status !== 200),
  };
}

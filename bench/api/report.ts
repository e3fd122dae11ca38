// The printed figures of bench:api: the archive served, the one-at-a-time pass, the load runs
// as a Markdown table, and the search goal.
import { mb } from '../store/measure.ts';
import type { ArchiveDb } from './archive-db.ts';
import type { LoadRun } from './load-run.ts';
import type { PassSummary } from './sequential-pass.ts';

/** The issue's goal: search p99 under 100 ms at 50 connections, with no errors. */
export const GOAL = { connections: 50, p99Ms: 100 } as const;

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

/** Returns lines describing the database being served. */
export function describeArchive({ path, manifest: m, isReused }: ArchiveDb): string[] {
  return [
    `archive: ${m.items} items from ${m.files} RSS files (seed ${m.spec.seed}), ${m.duplicatesLinked} near-duplicates linked; ` +
      `${isReused ? 'reused' : `imported in ${m.importSeconds.toFixed(0)} s`} through importFile (${path})`,
    '  items are not analysed (no entities, themes or stories): search and the item page do not need them',
  ];
}

/** Returns lines for a one-at-a-time pass, with the wait it implies at each connection count. */
export function describePass(endpoint: string, pass: PassSummary, connections: readonly number[]): string[] {
  const implied = connections.map((n) => `${n} connections ≈ ${ms((n * pass.mean) / 1000)} s`).join(', ');
  const lines = [
    `${endpoint}, one request at a time (${pass.count} requests, warm-up): mean ${ms(pass.mean)} ms, ` +
      `p50 ${ms(pass.p50)} ms, p99 ${ms(pass.p99)} ms, max ${ms(pass.max)} ms`,
    `  one thread serving: at most ≈ ${(1000 / pass.mean).toFixed(0)} requests/s; a closed loop of ${implied} per request`,
  ];
  for (const f of pass.failed.slice(0, 5)) lines.push(`  answered ${f.status}: ${f.label}`);
  return lines;
}

/** Returns the load runs as a Markdown table. */
export function runTable(runs: readonly LoadRun[]): string[] {
  return [
    '| endpoint | conns | s | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | errors (timeouts) | server peak RSS | server CPU | load 1m |',
    '|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...runs.map(
      (r) =>
        `| ${r.endpoint} | ${r.connections} | ${r.seconds.toFixed(0)} | ${r.requests} | ${r.requestsPerSecond.toFixed(0)} | ` +
        `${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.non2xx} | ${r.errors} (${r.timeouts}) | ` +
        `${mb(r.server.peakRssBytes)} | ${(100 * r.server.cpuCores).toFixed(0)}% | ${r.loadBefore.toFixed(2)} |`,
    ),
    'latencies: 2xx responses only (autocannon, 1 ms resolution); a timed-out request (10 s) is an error with no latency',
    'server CPU: CPU time of the server process over the run, 100% = one core',
  ];
}

/** Returns the line comparing search p99 at 50 connections with the goal. */
export function goalLine(runs: readonly LoadRun[]): string {
  const run = runs.find((r) => r.endpoint === 'search' && r.connections === GOAL.connections);
  if (!run) return `goal (search p99 < ${GOAL.p99Ms} ms at ${GOAL.connections} connections): not run`;
  const failures = run.non2xx + run.errors;
  const met = run.p99 < GOAL.p99Ms && failures === 0;
  return (
    `goal: search p99 < ${GOAL.p99Ms} ms at ${GOAL.connections} connections, no errors: p99 ${run.p99} ms ` +
    `(${(run.p99 / GOAL.p99Ms).toFixed(1)}× the goal), ${failures} non-2xx or errors: ${met ? 'met' : 'NOT met'}`
  );
}

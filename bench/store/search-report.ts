// Latency summaries for the search benchmark: per-query medians, percentiles overall and by
// kind of query, the slowest queries, side by side for the store and MiniSearch.
import { quantile } from './measure.ts';
import type { BenchQuery } from './queries.ts';

export interface QueryTiming {
  readonly query: BenchQuery;
  /** Median of the timed passes, in ms. */
  readonly ms: number;
  /** The first (warm-up) pass, in ms. */
  readonly firstMs: number;
  readonly total: number;
}

export interface LatencySummary {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/** Returns the per-query timing: the median of the passes after the first. */
export function timingOf(query: BenchQuery, passes: readonly number[], total: number): QueryTiming {
  const timed = [...passes.slice(1)].sort((a, b) => a - b);
  return { query, ms: timed[Math.floor(timed.length / 2)] ?? passes[0] ?? 0, firstMs: passes[0] ?? 0, total };
}

/** Returns p50, p99, max and mean of the per-query latencies. */
export function summarise(
  timings: readonly QueryTiming[],
  pick: (t: QueryTiming) => number = (t) => t.ms,
): LatencySummary {
  const values = timings.map(pick).sort((a, b) => a - b);
  return {
    p50: quantile(values, 0.5),
    p99: quantile(values, 0.99),
    max: values.at(-1) ?? Number.NaN,
    mean: values.reduce((a, b) => a + b, 0) / Math.max(1, values.length),
  };
}

const f = (ms: number) => (Number.isNaN(ms) ? '–' : ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

/** Returns a line "p50 x ms, p99 y ms, max z ms". */
export function latencyLine(s: LatencySummary): string {
  return `p50 ${f(s.p50)} ms, p99 ${f(s.p99)} ms, max ${f(s.max)} ms, mean ${f(s.mean)} ms`;
}

/** Returns a table of p50/p99 by kind of query for the store and, when given, the peer. */
export function byKindTable(store: readonly QueryTiming[], peer: readonly QueryTiming[] | null): string[] {
  const kinds = [...new Set(store.map((t) => t.query.kind))];
  const head = `  ${'kind'.padEnd(22)} ${'n'.padStart(3)}  ${'store p50'.padStart(9)} ${'p99'.padStart(8)}  ${'MiniSearch p50'.padStart(14)} ${'p99'.padStart(8)}`;
  const rows = kinds.map((kind) => {
    const mine = summarise(store.filter((t) => t.query.kind === kind));
    const theirs = peer ? summarise(peer.filter((t) => t.query.kind === kind)) : null;
    const n = store.filter((t) => t.query.kind === kind).length;
    return `  ${kind.padEnd(22)} ${String(n).padStart(3)}  ${f(mine.p50).padStart(9)} ${f(mine.p99).padStart(8)}  ${(theirs ? f(theirs.p50) : '–').padStart(14)} ${(theirs ? f(theirs.p99) : '–').padStart(8)}`;
  });
  return [head, ...rows];
}

/** Returns the n slowest queries with their time and number of matches. */
export function slowestLines(
  timings: readonly QueryTiming[],
  n: number,
  peer: readonly QueryTiming[] | null,
): string[] {
  const byText = new Map(peer?.map((t) => [t.query.text, t]) ?? []);
  return [...timings]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n)
    .map((t) => {
      const other = byText.get(t.query.text);
      const side = other ? `   (MiniSearch ${f(other.ms)} ms, ${other.total} matches)` : '';
      return `  ${f(t.ms).padStart(8)} ms  ${String(t.total).padStart(8)} matches  [${t.query.kind}] ${t.query.text}${side}`;
    });
}

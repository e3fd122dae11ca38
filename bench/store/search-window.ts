// How the ranking window trades time for answers: the 200 queries of search-bench run through
// the real store code (SqliteStore.search) with the count cap fixed and the window W varied;
// per W the latency (median of --reps passes after a warm-up) and, for the queries that W cuts
// short, how many of their top 20 are the top 20 that ranking every match gives. Never asserts.
//   node --expose-gc --import tsx bench/store/search-window.ts [--size 100k|1m] [--windows 10000,50000] [--db path]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseQuery } from '../../src/query/index.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { archivePaths } from './archive-files.ts';
import { buildLexicon } from './lexicon.ts';
import { codeLine, machineLine } from './measure.ts';
import { benchQueries, type BenchQuery } from './queries.ts';
import { latencyLine, summarise, timingOf, type QueryTiming } from './search-report.ts';

const TOP = 20;
const ALL = Number.POSITIVE_INFINITY;

interface WindowRun {
  readonly timings: QueryTiming[];
  readonly tops: number[][];
  readonly windowed: boolean[];
}

async function runWindow(
  db: string,
  queries: readonly BenchQuery[],
  window: number,
  cap: number,
  reps: number,
): Promise<WindowRun> {
  const store = SqliteStore.open(db, { searchLimits: { countCap: cap, rankWindow: window } });
  const passes = queries.map(() => [] as number[]);
  const tops: number[][] = queries.map(() => []);
  const windowed = queries.map(() => false);
  const totals = queries.map(() => 0);
  for (let pass = 0; pass <= reps; pass += 1) {
    for (const [i, q] of queries.entries()) {
      const start = performance.now();
      const result = await store.search({ query: parseQuery(q.text), limit: TOP, sort: 'relevance' });
      passes[i]?.push(performance.now() - start);
      tops[i] = result.hits.map((h) => h.itemId as number);
      windowed[i] = result.rankedAmongNewest !== null;
      totals[i] = result.total;
    }
  }
  await store.close();
  return { timings: queries.map((q, i) => timingOf(q, passes[i] ?? [], totals[i] ?? 0)), tops, windowed };
}

/** Returns "n queries cut short, top 20 shared with the full ranking: mean x, min y". */
function overlapLine(run: WindowRun, full: WindowRun): string {
  const cut = run.windowed.flatMap((w, i) => (w ? [i] : []));
  if (cut.length === 0) return 'no query cut short';
  const shared = cut.map((i) => {
    const best = new Set(full.tops[i]);
    return (run.tops[i] ?? []).filter((id) => best.has(id)).length;
  });
  const mean = shared.reduce((a, b) => a + b, 0) / shared.length;
  return `${cut.length} queries cut short; of their top ${TOP}, shared with ranking every match: mean ${mean.toFixed(1)}, min ${Math.min(...shared)}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '100k' },
      reps: { type: 'string', default: '3' },
      seed: { type: 'string', default: '20250601' },
      cap: { type: 'string', default: '10000' },
      windows: { type: 'string', default: '10000,20000,50000,100000' },
      db: { type: 'string' },
    },
  });
  const db = values.db ?? archivePaths(values.size).db;
  if (!existsSync(db))
    throw new Error(`bench: ${db} is missing: run import-bench --size ${values.size} first`);
  const queries = benchQueries(buildLexicon(Number(values.seed)), Number(values.seed));
  const reps = Number(values.reps);
  const cap = Number(values.cap);
  console.log(
    `search window ${db}: ${queries.length} queries, top ${TOP}, count cap ${cap}, median of ${reps} passes after one warm-up`,
  );
  console.log(`  ${codeLine()} · machine: ${machineLine()}`);
  const full = await runWindow(db, queries, ALL, cap, reps);
  console.log(`  every match ranked:  ${latencyLine(summarise(full.timings))}`);
  for (const window of values.windows.split(',').map(Number)) {
    const run = await runWindow(db, queries, window, cap, reps);
    console.log(`  window ${String(window).padStart(7)}:      ${latencyLine(summarise(run.timings))}`);
    console.log(`    ${overlapLine(run, full)}`);
  }
}

await main();

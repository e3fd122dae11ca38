// Search latency: the fixed set of 200 queries (bench/store/queries.ts) against the store built
// by import-bench, top 20 hits in relevance order, each query parsed and run through
// Store.search, one warm-up pass then --reps timed passes, the median per query. Beside it
// MiniSearch over the same items and the same queries (translated; see minisearch-peer.ts),
// in a child process, with its index build time and memory. Never asserts a time. Run:
//   node --expose-gc --import tsx bench/store/search-bench.ts [--size 100k|1m] [--reps 3] [--no-peer]
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { parseQuery } from '../../src/query/index.ts';
import { openStore } from '../../src/store/index.ts';
import { archivePaths } from './archive-files.ts';
import { buildLexicon } from './lexicon.ts';
import { codeLine, machineLine, mb } from './measure.ts';
import type { PeerReport } from './minisearch-worker.ts';
import { benchQueries, type BenchQuery } from './queries.ts';
import {
  byKindTable,
  latencyLine,
  slowestLines,
  summarise,
  timingOf,
  type QueryTiming,
} from './search-report.ts';

const run = promisify(execFile);
const WORKER = fileURLToPath(new URL('./minisearch-worker.ts', import.meta.url));
const TOP = 20;

async function timeStore(
  dbPath: string,
  queries: readonly BenchQuery[],
  reps: number,
): Promise<{ timings: QueryTiming[]; capped: boolean[]; windowed: boolean[] }> {
  const store = openStore(dbPath);
  const passes = queries.map(() => [] as number[]);
  const totals = queries.map(() => 0);
  const capped = queries.map(() => false);
  const windowed = queries.map(() => false);
  for (let pass = 0; pass <= reps; pass += 1) {
    for (const [i, q] of queries.entries()) {
      const start = performance.now();
      const result = await store.search({ query: parseQuery(q.text), limit: TOP, sort: 'relevance' });
      passes[i]?.push(performance.now() - start);
      totals[i] = result.total;
      capped[i] = result.isTotalCapped;
      windowed[i] = result.rankedAmongNewest !== null;
    }
  }
  await store.close();
  const timings = queries.map((q, i) => timingOf(q, passes[i] ?? [], totals[i] ?? 0));
  return { timings, capped, windowed };
}

async function timePeer(
  dbPath: string,
  queriesPath: string,
  reps: number,
  heapMb: number,
): Promise<PeerReport | string> {
  const args = [
    `--max-old-space-size=${heapMb}`,
    '--expose-gc',
    '--import',
    'tsx',
    WORKER,
    dbPath,
    queriesPath,
    String(reps),
  ];
  try {
    const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as PeerReport;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    return `MiniSearch worker failed (heap limit ${heapMb} MB): ${stderr.trim().split('\n').filter(Boolean).slice(-2).join(' | ').slice(0, 300)}`;
  }
}

export interface SearchBenchOptions {
  readonly label: string;
  readonly reps: number;
  readonly withPeer: boolean;
  readonly peerHeapMb: number;
  readonly seed: number;
}

/** Runs the query set against the store (and MiniSearch); returns printable lines. */
export async function runSearchBench(o: SearchBenchOptions): Promise<string[]> {
  const paths = archivePaths(o.label);
  if (!existsSync(paths.db))
    throw new Error(`bench: ${paths.db} is missing: run import-bench --size ${o.label} first`);
  const queries = benchQueries(buildLexicon(o.seed), o.seed);
  const queriesPath = join(paths.dir, 'queries.json');
  writeFileSync(queriesPath, `${JSON.stringify(queries, null, 1)}\n`);
  const lines = [
    `search archive-${o.label}: ${queries.length} queries, top ${TOP}, relevance order, median of ${o.reps} passes after one warm-up`,
    `  ${codeLine()} · machine: ${machineLine()}`,
  ];
  const opened = performance.now();
  await openStore(paths.db).close();
  const openMs = performance.now() - opened;
  const { timings: store, capped, windowed } = await timeStore(paths.db, queries, o.reps);
  lines.push(
    `  store opened (and migrated, if it had to be) in ${(openMs / 1000).toFixed(1)} s; ${capped.filter(Boolean).length} queries counted up to the cap, ${windowed.filter(Boolean).length} ranked among their newest matches`,
    `  store (SQLite FTS5):  ${latencyLine(summarise(store))}`,
    `    first pass:         ${latencyLine(summarise(store, (t) => t.firstMs))}`,
  );
  const peer = o.withPeer ? await timePeer(paths.db, queriesPath, o.reps, o.peerHeapMb) : null;
  let peerTimings: QueryTiming[] | null = null;
  if (typeof peer === 'string') lines.push(`  ${peer}`);
  else if (peer !== null) {
    peerTimings = queries.map((q, i) => timingOf(q, peer.queries[i]?.ms ?? [], peer.queries[i]?.total ?? 0));
    lines.push(
      `  MiniSearch (memory): ${latencyLine(summarise(peerTimings))}`,
      `    index of ${peer.documents} items built in ${peer.buildSeconds.toFixed(1)} s, heap ${mb(peer.heapBytes)}, process peak RSS ${mb(peer.rssBytes)}`,
    );
    // Phrases are not comparable (MiniSearch has none), nor totals the store stopped counting.
    const isComparable = (q: BenchQuery, i: number) => !q.text.includes('"') && !capped[i];
    const sameTotals = queries.filter(
      (q, i) => isComparable(q, i) && store[i]?.total === peerTimings?.[i]?.total,
    ).length;
    const comparable = queries.filter(isComparable).length;
    lines.push(
      `    same number of matches as the store on ${sameTotals}/${comparable} queries without phrases whose count the store did not cap`,
    );
  }
  const s = summarise(store);
  lines.push(
    `  goal at 1M items (p50 < 5 ms, p99 < 50 ms): store p50 ${s.p50.toFixed(2)} ms ${s.p50 < 5 ? 'met' : 'NOT met'}, p99 ${s.p99.toFixed(1)} ms ${s.p99 < 50 ? 'met' : 'NOT met'}${o.label === '1m' ? '' : ' (this is not the 1M archive)'}`,
  );
  lines.push('  by kind of query (ms):', ...byKindTable(store, peerTimings));
  lines.push('  slowest 10 queries on the store:', ...slowestLines(store, 10, peerTimings));
  writeFileSync(
    join(paths.dir, 'search-result.json'),
    `${JSON.stringify({ store, peer: peerTimings, peerReport: typeof peer === 'string' ? peer : peer && { ...peer, queries: undefined } }, null, 1)}\n`,
  );
  return lines;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '100k' },
      reps: { type: 'string', default: '3' },
      seed: { type: 'string', default: '20250601' },
      'no-peer': { type: 'boolean', default: false },
      'peer-heap-mb': { type: 'string', default: '8192' },
    },
  });
  const lines = await runSearchBench({
    label: values.size,
    reps: Number(values.reps),
    withPeer: !values['no-peer'],
    peerHeapMb: Number(values['peer-heap-mb']),
    seed: Number(values.seed),
  });
  console.log(lines.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

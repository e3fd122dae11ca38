// npm run bench:api: the HTTP API under load. `newswatch serve` (a child process on 127.0.0.1,
// the local admin, no key) over the seeded archive of bench/store imported through the real
// import path (unanalysed); autocannon against GET /api/search (the store benchmark's 200
// queries, some with date windows) and GET /api/items/{id} (random ids), at 50 and then 200
// connections. Prints requests/s, p50/p90/p99 latency, non-2xx and errors, the server's peak
// RSS and CPU, and the search p99 at 50 connections beside the goal (100 ms). Never asserts a
// time. --profile DIR writes the server's CPU profile (node --cpu-prof) there. Run:
//   npm run bench:api -- [--items 100k] [--duration 30] [--connections 50,200] [--seed 20250601]
//                        [--profile DIR]
import { parseArgs } from 'node:util';
import { codeLine, machineLine } from '../store/measure.ts';
import { ensureArchiveDb, schemaVersionOf } from './archive-db.ts';
import { runLoad, type LoadRun } from './load-run.ts';
import { describeArchive, describePass, goalLine, runTable } from './report.ts';
import { requestEach, summarisePass } from './sequential-pass.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';
import { itemPaths, searchTargets } from './targets.ts';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '100k' },
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50,200' },
    seed: { type: 'string', default: '20250601' },
    profile: { type: 'string' },
  },
});
const seed = Number(values.seed);
const seconds = Number(values.duration);
const connectionCounts = values.connections.split(',').map(Number);
const say = (lines: readonly string[]) => console.log(`${lines.join('\n')}\n`);

say([`bench:api --items ${values.items} --duration ${seconds} · ${codeLine()}`, `machine: ${machineLine()}`]);
const archive = await ensureArchiveDb(values.items, seed);
say(describeArchive(archive));

const targets = searchTargets(archive.manifest.spec);
const nextItem = itemPaths(archive.manifest.minItemId, archive.manifest.maxItemId, seed);
const probe = `/api/items/${archive.manifest.minItemId}`;
const profile = values.profile === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${values.profile}`];
const server = await startServerProcess(archive.path, profile);
try {
  say([
    `server: ${server.url} (pid ${server.pid}), database at schema ${schemaVersionOf(archive.path)} once opened`,
  ]);
  say(await runPasses(server.url));
  const runs = await runAll(server, { targets, nextItem, probe });
  say([...runTable(runs), '', goalLine(runs), `machine after: ${machineLine()}`]);
} finally {
  // Let the server finish what a run left queued (it would delay its shutdown), then stop it.
  await server.settle(probe).catch(() => undefined);
  await server.stop();
}

// Every search once and 200 item pages, one at a time: the warm-up, and the service time.
async function runPasses(url: string): Promise<string[]> {
  const searches = targets.map((t) => ({ label: t.kind, path: t.path }));
  const items = Array.from({ length: 200 }, () => nextItem()).map((path) => ({ label: path, path }));
  return [
    ...describePass('search', summarisePass(await requestEach(url, searches)), connectionCounts),
    ...describePass('item', summarisePass(await requestEach(url, items)), connectionCounts),
  ];
}

interface RunPlan {
  readonly targets: ReadonlyArray<{ path: string }>;
  readonly nextItem: () => string;
  /** A cheap request that tells when the server has caught up after a run. */
  readonly probe: string;
}

async function runAll(server: ServerProcess, { targets, nextItem, probe }: RunPlan): Promise<LoadRun[]> {
  let turn = 0;
  const nextSearch = () => (targets[turn++ % targets.length] as { path: string }).path;
  const runs: LoadRun[] = [];
  for (const [endpoint, nextPath] of [
    ['search', nextSearch],
    ['item', nextItem],
  ] as const) {
    for (const connections of connectionCounts) {
      console.error(`  ${endpoint}: ${connections} connections for ${seconds} s`);
      await server.settle(probe);
      runs.push(await runLoad(server, { endpoint, connections, seconds, nextPath }));
    }
  }
  return runs;
}

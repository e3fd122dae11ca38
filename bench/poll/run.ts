// npm run bench:poll: one poller process against a local server playing 10,000 feeds with
// 20-200 ms latency: a first round (every feed answers 200 with 20 items) and a second
// (every feed answers 304). Prints feeds/s and peak memory of the poller. Never asserts a time.
//   --feeds N (10000)  --hosts N (1000)  --concurrency N (200)
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { openStore } from '../../src/store/index.ts';

const run = promisify(execFile);
const here = import.meta.dirname;
const { values } = parseArgs({
  options: {
    feeds: { type: 'string', default: '10000' },
    hosts: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '200' },
  },
});
const feeds = Number(values.feeds);
const hosts = Number(values.hosts);

async function startServer(): Promise<{ port: number; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'feed-server.ts'), '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve) =>
    child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))),
  );
  return { port, stop: () => child.kill() };
}

async function seed(db: string, port: number): Promise<void> {
  const store = openStore(db);
  const now = new Date().toISOString();
  for (let n = 0; n < feeds; n++)
    await store.addFeed({ url: `http://host${n % hosts}.bench.test:${port}/feed${n}.xml` }, now);
  await store.close();
}

async function pollRound(db: string, port: number): Promise<Record<string, number>> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', join(here, 'poller.ts'), db, String(port), String(values.concurrency)],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) as string);
}

const server = await startServer();
const db = join(mkdtempSync(join(tmpdir(), 'newswatch-poll-')), 'poll.db');
await seed(db, server.port);
const load = loadavg()[0]?.toFixed(1);
const first = await pollRound(db, server.port);
const Database = (await import('better-sqlite3')).default;
// A direct update: the bench wants every feed due again at once, which the schedule never does.
const raw = new Database(db);
raw.prepare('UPDATE feeds SET next_fetch_at = ?').run(new Date(0).toISOString());
raw.close();
const second = await pollRound(db, server.port);
server.stop();
const line = (name: string, r: Record<string, number>) =>
  `| ${name} | ${r['feeds']} | ${r['ok']} | ${r['notModified']} | ${r['errors']} | ${r['seconds']?.toFixed(1)} | ${r['feedsPerSecond']?.toFixed(0)} | ${r['startRssMb']?.toFixed(0)} | ${r['peakRssMb']?.toFixed(0)} |`;
process.stdout.write(
  `bench:poll — ${feeds} feeds on ${hosts} host names (all 127.0.0.1), latency 20-200 ms, concurrency ${values.concurrency}, per host 2; the poller runs src/ through tsx; ${cpus()[0]?.model ?? ''}, ${cpus().length} cores, load ${load} at start, ${loadavg()[0]?.toFixed(1)} at end\n\n`,
);
process.stdout.write(
  '| round | feeds | 200 | 304 | errors | seconds | feeds/s | poller RSS at start MB | poller peak RSS MB |\n|:--|--:|--:|--:|--:|--:|--:|--:|--:|\n',
);
process.stdout.write(`${line('first (200, 20 items each)', first)}\n${line('second (304)', second)}\n`);

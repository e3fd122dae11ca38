// The server under load: `newswatch serve` from the working tree (src/cli/run.ts through tsx,
// so the code measured is the code checked out) as a child process, bound to 127.0.0.1 with
// polling and analysis off. A child keeps autocannon's CPU out of the server's figures; its
// resident memory and CPU time are sampled from /proc (Linux) while a load run lasts.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url));
const SAMPLE_EVERY_MS = 200;
const SETTLED_MS = 20;
const SETTLE_LIMIT_MS = 120_000;
const CLOCK_TICKS = 100; // USER_HZ: /proc/<pid>/stat counts CPU time in hundredths of a second

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** Starts sampling; the returned function stops it and gives peak RSS and CPU share since. */
  watch(): () => ServerUsage;
  /** Resolves once the server answers path within SETTLED_MS again (requests queued by a run are done). */
  settle(path: string): Promise<void>;
  stop(): Promise<number | null>;
}

export interface ServerUsage {
  readonly peakRssBytes: number;
  /** CPU time over wall time: 1.0 is one core busy the whole run. */
  readonly cpuCores: number;
}

/** Returns the CPU seconds (user + system) of pid so far, or NaN off Linux. */
function cpuSecondsOf(pid: number): number {
  const path = `/proc/${pid}/stat`;
  if (!existsSync(path)) return Number.NaN;
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = readFileSync(path, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Returns the resident set of pid in bytes, or NaN off Linux. */
function rssBytesOf(pid: number): number {
  const path = `/proc/${pid}/status`;
  if (!existsSync(path)) return Number.NaN;
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(path, 'utf8'))?.[1];
  return kb === undefined ? Number.NaN : Number(kb) * 1024;
}

function watchUsage(pid: number): () => ServerUsage {
  const cpu0 = cpuSecondsOf(pid);
  const t0 = performance.now();
  let peak = rssBytesOf(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssBytesOf(pid))), SAMPLE_EVERY_MS);
  return () => {
    clearInterval(timer);
    peak = Math.max(peak, rssBytesOf(pid));
    const seconds = (performance.now() - t0) / 1000;
    return { peakRssBytes: peak, cpuCores: (cpuSecondsOf(pid) - cpu0) / seconds };
  };
}

// Connections autocannon closed at the end of a run leave their requests queued in the server;
// the next run would wait behind them. A pooled connection the server closed while idle
// (keep-alive timeout) fails once with ECONNRESET: the probe is then sent again.
async function settle(url: string, path: string): Promise<void> {
  const deadline = performance.now() + SETTLE_LIMIT_MS;
  while (performance.now() < deadline) {
    const t0 = performance.now();
    const isAnswered = await fetch(`${url}${path}`).then(
      (response) => response.arrayBuffer().then(() => true),
      () => false,
    );
    if (isAnswered && performance.now() - t0 < SETTLED_MS) return;
    if (!isAnswered) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) =>
      reject(new Error(`bench:api: serve exited (${code}) before listening: ${out}`)),
    );
  });
}

/**
 * Starts `newswatch serve` on db at 127.0.0.1, any free port, with nodeArgs before the script
 * (`--cpu-prof` to profile it); resolves once it listens.
 */
export async function startServerProcess(
  db: string,
  nodeArgs: readonly string[] = [],
): Promise<ServerProcess> {
  const args = ['serve', '--db', db, '--no-poll', '--no-analyze', '--host', '127.0.0.1', '--port', '0'];
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', CLI, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await waitForUrl(child);
  const pid = child.pid as number;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    url,
    pid,
    watch: () => watchUsage(pid),
    settle: (path) => settle(url, path),
    stop: () => (child.kill('SIGTERM'), exited),
  };
}

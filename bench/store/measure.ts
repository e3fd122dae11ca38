// Shared measurements: database bytes on disk (after a WAL checkpoint) with a per-table
// breakdown, peak RSS, machine load, and latency percentiles.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import Database from 'better-sqlite3';

export interface DiskUsage {
  readonly bytes: number;
  readonly walBytes: number;
  /** Bytes per table or index, largest first (FTS5 shadow tables grouped under their index). */
  readonly tables: ReadonlyArray<{ name: string; bytes: number }>;
}

const sizeOf = (path: string): number => (existsSync(path) ? statSync(path).size : 0);

/** Checkpoints the WAL of the closed database at path; returns file sizes and the breakdown. */
export function measureDisk(path: string): DiskUsage {
  const db = new Database(path);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const rows = db
      .prepare<[], { name: string; bytes: number }>(
        'SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name',
      )
      .all();
    const grouped = new Map<string, number>();
    for (const row of rows) {
      const name = row.name.startsWith('items_fts_') ? 'items_fts (FTS5 index)' : row.name;
      grouped.set(name, (grouped.get(name) ?? 0) + row.bytes);
    }
    const tables = [...grouped].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
    return { bytes: sizeOf(path) + sizeOf(`${path}-wal`), walBytes: sizeOf(`${path}-wal`), tables };
  } finally {
    db.close();
  }
}

/** Returns the process's peak resident set size so far, in bytes. */
export function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** Returns a one-line description of the machine and its current load. */
export function machineLine(): string {
  const [one, five] = loadavg();
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${one?.toFixed(2)} (1 min) ${five?.toFixed(2)} (5 min), node ${process.version}`;
}

/** Returns the bytes this process has written so far (Linux /proc/self/io wchar; 0 elsewhere). */
export function writtenBytes(): number {
  try {
    return Number(/wchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Returns the value at quantile q (0..1) of sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Returns n bytes as MB with one decimal. */
export function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** Runs a full garbage collection when node was started with --expose-gc. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const ROOT = new URL('../../', import.meta.url);

/**
 * Returns the code being measured: the git commit (noting uncommitted changes in src/), or the commit written in .snapshot-commit by a `git archive` snapshot.
 */
export function codeLine(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', 'src');
    return `code ${head}${dirty ? ' with uncommitted changes in src/' : ''}`;
  } catch {
    const file = new URL('.snapshot-commit', ROOT);
    return existsSync(file) ? `code ${readFileSync(file, 'utf8').trim()} (snapshot)` : 'code unknown';
  }
}

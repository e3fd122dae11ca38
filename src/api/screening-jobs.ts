// Screening jobs: a watchlist screened against the archive in the background, one job at a
// time, with progress a client can poll (entries done of total). Reports are kept in memory
// for the most recent jobs only: they can be large, and running a screening again is cheap.
import { randomUUID } from 'node:crypto';
import { AppError, isAppError, type ScreeningReport, type StoredWatchlist } from '../model/index.ts';
import { screenWatchlist } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';
import { JobQueue } from './job-queue.ts';

export interface ScreeningJob {
  readonly id: string;
  readonly state: 'queued' | 'running' | 'done' | 'failed';
  readonly actor: string;
  readonly watchlistId: number;
  readonly watchlist: string;
  readonly since: string | null;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  /** Entries screened so far, of total. */
  readonly done: number;
  readonly total: number;
  readonly summary: ScreeningReport['summary'] | null;
  /** Why the job failed (state 'failed'). */
  readonly error: string | null;
}

const KEEP_JOBS = 100;
const KEEP_REPORTS = 10;
/** Longest stretch a screening holds the thread before letting requests in. */
const YIELD_EVERY_MS = 50;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

export class ScreeningJobs extends JobQueue<ScreeningJob> {
  // stop(): the running screening ends at its next entry, the queued ones fail.
  private readonly reports = new Map<string, ScreeningReport>();

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    private readonly log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  ) {
    super(KEEP_JOBS);
  }

  /** Queues a screening of list; returns the job to poll. */
  start(list: StoredWatchlist, since: string | null, actor: string): ScreeningJob {
    const job: ScreeningJob = {
      id: randomUUID(),
      state: 'queued',
      actor,
      watchlistId: list.id,
      watchlist: list.name,
      since,
      createdAt: this.now().toISOString(),
      finishedAt: null,
      done: 0,
      total: list.entryCount,
      summary: null,
      error: null,
    };
    return this.enqueue(job, () => this.run(job.id, `#${list.id}`, since));
  }

  /** Returns the report of a finished job, or null when it is not kept (or not finished). */
  report(id: string): ScreeningReport | null {
    return this.reports.get(id) ?? null;
  }

  /** Returns the newest job of a watchlist, or null. */
  latestOf(watchlistId: number): ScreeningJob | null {
    const mine = this.list().filter((j) => j.watchlistId === watchlistId);
    return mine.at(-1) ?? null;
  }

  private async run(id: string, ref: string, since: string | null): Promise<void> {
    this.update(id, { state: 'running' });
    let lastTurn = Date.now();
    try {
      const report = await screenWatchlist(this.store, ref, {
        since,
        now: this.now(),
        onEntry: async (done, total) => {
          if (this.isStopping)
            throw new AppError('input.stopped', 'screen: the server stopped before the screening finished');
          this.update(id, { done, total });
          if (Date.now() - lastTurn < YIELD_EVERY_MS) return;
          await nextTurn();
          lastTurn = Date.now();
        },
      });
      this.keepReport(id, report);
      const finishedAt = this.now().toISOString();
      this.update(id, { state: 'done', finishedAt, total: report.summary.entries, summary: report.summary });
    } catch (err) {
      // A bug is logged in full; the job says only that it failed, and the queue goes on.
      if (!isAppError(err)) this.log(`screen: job ${id} failed: ${(err as Error).stack ?? String(err)}`);
      const error = isAppError(err) ? err.message : 'screen: internal error; see the server log';
      this.update(id, { state: 'failed', finishedAt: this.now().toISOString(), error });
    }
  }

  private keepReport(id: string, report: ScreeningReport): void {
    this.reports.set(id, report);
    for (const old of this.reports.keys()) {
      if (this.reports.size <= KEEP_REPORTS) break;
      this.reports.delete(old);
    }
  }
}

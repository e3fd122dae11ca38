// Re-analysis jobs: the items analysed by an older ANALYSIS_VERSION (or, when asked, every item)
// go through the analysers again in the background, one job at a time, with progress a client
// can poll. Like `newswatch reanalyze`; analysts' decisions survive it (the store keeps them).
import { randomUUID } from 'node:crypto';
import { analyzePending, type ItemAnalyzer } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';

export interface ReanalysisJob {
  readonly id: string;
  readonly state: 'queued' | 'running' | 'done';
  readonly actor: string;
  /** True when every item was analysed again, not only those of older versions. */
  readonly all: boolean;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  /** Items marked for analysis when all is true; null when only the waiting ones are done. */
  readonly total: number | null;
  readonly analysed: number;
  /** What went wrong, when the job failed. */
  readonly error: string | null;
}

const KEEP_JOBS = 20;

export class ReanalysisJobs {
  private readonly jobs = new Map<string, ReanalysisJob>();
  private tail: Promise<void> = Promise.resolve();
  private isStopping = false;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    private readonly analyze: ItemAnalyzer | null,
  ) {}

  /** Returns true when the server has analysers to run. */
  canRun(): boolean {
    return this.analyze !== null;
  }

  /** Queues a re-analysis; returns the job to poll. */
  start(input: { all: boolean; actor: string }): ReanalysisJob {
    const job: ReanalysisJob = {
      id: randomUUID(),
      state: 'queued',
      actor: input.actor,
      all: input.all,
      createdAt: this.now().toISOString(),
      finishedAt: null,
      total: null,
      analysed: 0,
      error: null,
    };
    this.save(job);
    this.tail = this.tail.then(() => this.run(job.id));
    return job;
  }

  /** Returns the job with this id, or null (unknown, or forgotten after KEEP_JOBS newer ones). */
  get(id: string): ReanalysisJob | null {
    return this.jobs.get(id) ?? null;
  }

  /** Resolves when every queued job has finished. */
  idle(): Promise<void> {
    return this.tail;
  }

  /** Stops after the batch being analysed (the rest stays waiting for analysis); resolves when done. */
  stop(): Promise<void> {
    this.isStopping = true;
    return this.tail;
  }

  private async run(id: string): Promise<void> {
    const analyze = this.analyze;
    const job = this.jobs.get(id);
    if (!analyze || !job) return;
    if (this.isStopping) {
      this.update(id, {
        state: 'done',
        finishedAt: this.now().toISOString(),
        error: 'reanalyze: the server stopped before this job',
      });
      return;
    }
    this.update(id, { state: 'running' });
    try {
      if (job.all) this.update(id, { total: await this.store.resetAnalysis() });
      const analysed = await analyzePending(this.store, analyze, this.now, async (done) => {
        this.update(id, { analysed: done });
        if (this.isStopping) throw new Error('the server stopped; the rest waits for the next run');
        // Each batch holds the thread; let progress requests and pages in between.
        await new Promise((resolve) => setImmediate(resolve));
      });
      this.update(id, { analysed });
    } catch (err) {
      this.update(id, { error: `reanalyze: ${err instanceof Error ? err.message : String(err)}` });
    }
    this.update(id, { state: 'done', finishedAt: this.now().toISOString() });
  }

  private update(id: string, change: Partial<ReanalysisJob>): void {
    const job = this.jobs.get(id);
    if (job) this.jobs.set(id, { ...job, ...change });
  }

  private save(job: ReanalysisJob): void {
    this.jobs.set(job.id, job);
    for (const old of this.jobs.keys()) {
      if (this.jobs.size <= KEEP_JOBS) break;
      if (this.jobs.get(old)?.state === 'done') this.jobs.delete(old);
    }
  }
}

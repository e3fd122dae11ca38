// Re-analysis jobs: the items analysed by an older ANALYSIS_VERSION (or, when asked, every item)
// go through the analysers again in the background, one job at a time, with progress a client
// can poll. Like `newswatch reanalyze`; analysts' decisions survive it (the store keeps them).
import { randomUUID } from 'node:crypto';
import { analyzePending, type ItemAnalyzer } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';
import { JobQueue } from './job-queue.ts';

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

export class ReanalysisJobs extends JobQueue<ReanalysisJob> {
  // stop(): the batch being analysed is finished; the rest stays waiting for analysis.
  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    private readonly analyze: ItemAnalyzer | null,
  ) {
    super(KEEP_JOBS);
  }

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
    return this.enqueue(job, () => this.run(job.id));
  }

  private async run(id: string): Promise<void> {
    const analyze = this.analyze;
    const job = this.get(id);
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
}

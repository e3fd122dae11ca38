// Background jobs run one at a time, in the order they were queued, with their state kept for
// clients to poll. The newest jobs are remembered; beyond `keep`, the oldest finished ones are
// forgotten first. The import, screening and re-analysis jobs are such queues.

interface JobState {
  readonly id: string;
  readonly state: string;
}

const FINISHED = new Set(['done', 'failed']);

export class JobQueue<J extends JobState> {
  private readonly jobs = new Map<string, J>();
  private tail: Promise<void> = Promise.resolve();
  /** Set by stop(): a running job ends as its kind allows, queued ones record that they did not run. */
  protected isStopping = false;

  constructor(private readonly keep: number) {}

  /** Returns the job with this id, or null (unknown, or forgotten after `keep` newer ones). */
  get(id: string): J | null {
    return this.jobs.get(id) ?? null;
  }

  /** Resolves when every queued job has finished. */
  idle(): Promise<void> {
    return this.tail;
  }

  /** Stops taking work as described by isStopping; resolves when the queue is done. */
  stop(): Promise<void> {
    this.isStopping = true;
    return this.tail;
  }

  /** Remembers job and runs work once the jobs queued before it have finished; returns job. */
  protected enqueue(job: J, work: () => Promise<void>): J {
    this.jobs.set(job.id, job);
    for (const old of this.jobs.keys()) {
      if (this.jobs.size <= this.keep) break;
      if (FINISHED.has(this.jobs.get(old)?.state ?? '')) this.jobs.delete(old);
    }
    this.tail = this.tail.then(work);
    return job;
  }

  /** Changes the fields of a remembered job. */
  protected update(id: string, change: Partial<J>): void {
    const job = this.jobs.get(id);
    if (job) this.jobs.set(id, { ...job, ...change });
  }

  /** Returns the remembered jobs, oldest first. */
  protected list(): J[] {
    return [...this.jobs.values()];
  }
}

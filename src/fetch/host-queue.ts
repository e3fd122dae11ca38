// Politeness for a round of fetches: jobs wait in one line per host, and at most `perHost` of a
// host's jobs are out at a time. Hosts take turns, so one host with many feeds cannot hold up
// the others. The global limit is the number of workers taking jobs: the queue holds the jobs
// themselves and nothing per waiting job (a promise and closures per waiting feed held about
// 1 KB each, 10 MB for a round of 10,000 feeds).

interface HostLine<T> {
  active: number;
  head: number;
  readonly jobs: Array<T | undefined>;
}

export interface TakenJob<T> {
  readonly host: string;
  readonly job: T;
}

export class HostQueue<T> {
  private readonly lines = new Map<string, HostLine<T>>();
  // Hosts with a job waiting and room for one more, in turn order (a Map keeps insertion order).
  private readonly ready = new Map<string, HostLine<T>>();
  private waiting = 0;

  constructor(private readonly perHost: number) {
    if (perHost < 1) throw new RangeError('HostQueue: perHost must be at least 1');
  }

  /** Returns the number of jobs not yet taken. */
  get size(): number {
    return this.waiting;
  }

  /** Adds a job at the back of its host's line. */
  push(host: string, job: T): void {
    let line = this.lines.get(host);
    if (!line) {
      line = { active: 0, head: 0, jobs: [] };
      this.lines.set(host, line);
    }
    line.jobs.push(job);
    this.waiting += 1;
    this.markReady(host, line);
  }

  /** Returns the next job whose host has room (its slot now taken), or null when none has. */
  take(): TakenJob<T> | null {
    const first = this.ready.entries().next();
    if (first.done) return null;
    const [host, line] = first.value;
    this.ready.delete(host);
    const job = line.jobs[line.head] as T;
    line.jobs[line.head] = undefined; // the queue lets go of a job once it is taken
    line.head += 1;
    line.active += 1;
    this.waiting -= 1;
    // Back of the line: other hosts go before this one's next job.
    this.markReady(host, line);
    return { host, job };
  }

  /** Frees the slot a job taken for host held. */
  done(host: string): void {
    const line = this.lines.get(host);
    if (!line || line.active === 0) throw new Error(`HostQueue: no job of ${host} is out`);
    line.active -= 1;
    if (line.active === 0 && line.head === line.jobs.length) this.lines.delete(host);
    else this.markReady(host, line);
  }

  private markReady(host: string, line: HostLine<T>): void {
    if (line.head < line.jobs.length && line.active < this.perHost && !this.ready.has(host))
      this.ready.set(host, line);
  }
}

/** Returns the key the queue groups a URL under: its host name, lower case. */
export function hostKeyOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

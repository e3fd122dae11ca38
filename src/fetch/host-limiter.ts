// Politeness: at most `perHost` requests to one host at a time and `global` in all. Waiting
// hosts take turns, so one slow host with many feeds cannot hold up the others.

export interface HostLimits {
  /** Concurrent requests per host (1–2 is polite). */
  readonly perHost: number;
  readonly global: number;
}

interface HostState {
  active: number;
  readonly waiting: Array<() => void>;
}

export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();
  // Hosts with someone waiting and room for one more, in turn order (a Map keeps insertion order).
  private readonly ready = new Map<string, HostState>();
  private active = 0;

  constructor(private readonly limits: HostLimits) {
    if (limits.perHost < 1 || limits.global < 1)
      throw new RangeError('HostLimiter: limits must be at least 1');
  }

  /** Returns the number of requests running now. */
  get running(): number {
    return this.active;
  }

  /** Returns the number of requests waiting for a slot. */
  get queued(): number {
    let count = 0;
    for (const state of this.hosts.values()) count += state.waiting.length;
    return count;
  }

  /** Returns a release function once a slot for host is free; call it exactly once. */
  acquire(host: string): Promise<() => void> {
    const state = this.stateOf(host);
    return new Promise((resolve) => {
      state.waiting.push(() => resolve(this.releaserFor(host, state)));
      this.markReady(host, state);
      this.pump();
    });
  }

  /** Returns what task returns, run when a slot for host is free. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const release = await this.acquire(host);
    try {
      return await task();
    } finally {
      release();
    }
  }

  private stateOf(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, waiting: [] };
      this.hosts.set(host, state);
    }
    return state;
  }

  private markReady(host: string, state: HostState): void {
    if (state.waiting.length > 0 && state.active < this.limits.perHost && !this.ready.has(host)) {
      this.ready.set(host, state);
    }
  }

  private pump(): void {
    while (this.active < this.limits.global && this.ready.size > 0) {
      const [host, state] = this.ready.entries().next().value as [string, HostState];
      this.ready.delete(host);
      const grant = state.waiting.shift();
      if (!grant) continue;
      state.active += 1;
      this.active += 1;
      grant();
      // Back of the line: other hosts go before this one's next request.
      this.markReady(host, state);
    }
  }

  private releaserFor(host: string, state: HostState): () => void {
    let isReleased = false;
    return () => {
      if (isReleased) return;
      isReleased = true;
      state.active -= 1;
      this.active -= 1;
      if (state.active === 0 && state.waiting.length === 0) this.hosts.delete(host);
      else this.markReady(host, state);
      this.pump();
    };
  }
}

/** Returns the key the limiter groups a URL under: its host name, lower case. */
export function hostKeyOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

// The server's poller: the same rounds as `newswatch poll`, one after another, sleeping until
// the next feed is due (at most a minute), and stopping after the round in progress. After each
// round's analysis the monitors run; a failed delivery is logged and retried next round.
import {
  analyzePending,
  DEFAULT_POLL_OPTIONS,
  pollOnce,
  runAlerts,
  type ItemAnalyzer,
  type PollDeps,
  type PollOptions,
  type RefreshResult,
} from '../pipeline/index.ts';
import type { AlertSettings } from './services/deps.ts';

const IDLE_CHECK_MS = 60_000;

export interface PollSummary {
  readonly feeds: number;
  readonly ok: number;
  readonly notModified: number;
  readonly failed: number;
  readonly itemsNew: number;
}

/** Returns the counts of a round's results. */
export function summariseRound(results: readonly RefreshResult[]): PollSummary {
  const count = (o: string) => results.filter((r) => r.outcome === o).length;
  return {
    feeds: results.length,
    ok: count('ok'),
    notModified: count('not_modified'),
    failed: count('error'),
    itemsNew: results.reduce((n, r) => n + r.itemsNew, 0),
  };
}

export interface PollerOptions {
  readonly poll?: PollOptions;
  readonly log?: (line: string) => void;
  /** Analyses new items (entities) after each round that brought some. */
  readonly analyze?: ItemAnalyzer | null;
  /** Runs the monitors after each round and sends what is new; none when absent. */
  readonly alerts?: AlertSettings | null;
}

export class Poller {
  private readonly stopping = new AbortController();
  private round: Promise<RefreshResult[]> | null = null;
  private loop: Promise<void> | null = null;
  private readonly log: (line: string) => void;

  constructor(
    private readonly deps: PollDeps,
    private readonly options: PollerOptions = {},
  ) {
    this.log = options.log ?? (() => {});
  }

  /** Starts polling in the background. */
  start(): void {
    this.loop ??= this.run();
  }

  /** Returns the results of a round run now (or of the round already running). */
  pollNow(): Promise<RefreshResult[]> {
    if (this.stopping.signal.aborted) return Promise.resolve([]);
    this.round ??= this.runRound().finally(() => (this.round = null));
    return this.round;
  }

  private async runRound(): Promise<RefreshResult[]> {
    const results = await pollOnce(this.deps, this.options.poll ?? DEFAULT_POLL_OPTIONS);
    const { analyze } = this.options;
    if (analyze && results.some((r) => r.itemsNew > 0)) {
      await analyzePending(this.deps.store, analyze, this.deps.now);
    }
    await this.sendAlerts();
    return results;
  }

  /** Runs the monitors; failures are logged, never thrown, so that polling goes on. */
  private async sendAlerts(): Promise<void> {
    const { alerts } = this.options;
    if (!alerts) return;
    try {
      const sent = await runAlerts({ store: this.deps.store, now: this.deps.now, ...alerts });
      for (const s of sent) {
        this.log(
          `alerts: ${s.alert} → ${s.channel}: ${s.items} items: ${s.ok ? 'ok' : 'FAILED'}: ${s.message}`,
        );
      }
    } catch (err) {
      this.log(`alerts: run failed: ${String(err)}`);
    }
  }

  /** Stops polling; resolves when the round in progress has finished. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.round?.catch(() => []);
    await this.loop;
  }

  private async run(): Promise<void> {
    const signal = this.stopping.signal;
    while (!signal.aborted) {
      try {
        const s = summariseRound(await this.pollNow());
        if (s.feeds)
          this.log(
            `poll: ${s.feeds} feeds, ${s.ok} fetched, ${s.notModified} not modified, ${s.failed} failed; ${s.itemsNew} new items`,
          );
      } catch (err) {
        this.log(`poll: round failed: ${String(err)}`);
      }
      if (signal.aborted) break;
      const next = await this.deps.store.nextDueAt();
      const wait = next
        ? Math.min(IDLE_CHECK_MS, Math.max(1000, Date.parse(next) - Date.now()))
        : IDLE_CHECK_MS;
      await sleep(wait, signal);
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

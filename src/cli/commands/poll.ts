// `newswatch poll [--once]`: fetch what is due, politely; without --once, keep going until
// interrupted, finishing the round in progress before stopping.
import type { Command } from 'commander';
import {
  analyzePending,
  DEFAULT_POLL_OPTIONS,
  pollOnce,
  runAlerts,
  type RefreshResult,
} from '../../pipeline/index.ts';
import { smtpFromEnv } from '../alert-option.ts';
import { allowListOf } from '../fetch-option.ts';
import { loadItemAnalyzer, withAnalysisOptions, type AnalysisFlags } from '../analysis-setup.ts';
import { withFetchOptions, withFetcher, type FetchFlags } from '../fetch-option.ts';
import { withDbOption, withStore, type DbFlags } from '../store-option.ts';

interface PollFlags extends DbFlags, FetchFlags, AnalysisFlags {
  readonly once?: boolean;
  readonly concurrency: string;
}

const IDLE_CHECK_MS = 60_000;

function summary(results: readonly RefreshResult[]): string {
  const count = (o: string) => results.filter((r) => r.outcome === o).length;
  const items = results.reduce((n, r) => n + r.itemsNew, 0);
  return `${results.length} feeds: ${count('ok')} fetched, ${count('not_modified')} not modified, ${count('error')} failed; ${items} new items`;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** Adds `poll` to program. */
export function registerPoll(program: Command): void {
  withAnalysisOptions(
    withFetchOptions(
      withDbOption(
        program.command('poll').description('fetch the feeds that are due, then analyse new items'),
      ),
    ),
  )
    .option('--once', 'one round, then exit')
    .option('--no-analyze', 'fetch only; analyse later with `newswatch reanalyze`')
    .option('--concurrency <n>', 'requests in flight at once', String(DEFAULT_POLL_OPTIONS.concurrency))
    .action(async (flags: PollFlags) => {
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      const analyze = flags.analyze === false ? null : await loadItemAnalyzer(flags);
      try {
        await withStore(flags, (store) =>
          withFetcher(flags, async (fetcher) => {
            const options = { ...DEFAULT_POLL_OPTIONS, concurrency: Number(flags.concurrency) };
            do {
              const results = await pollOnce({ store, fetcher, now: () => new Date() }, options);
              for (const r of results)
                if (r.outcome === 'error') process.stderr.write(`feed #${r.feedId}: ${r.code}\n`);
              const analysed = analyze ? await analyzePending(store, analyze, () => new Date()) : 0;
              const sent = await runAlerts({
                store,
                now: () => new Date(),
                smtp: smtpFromEnv(),
                allow: allowListOf(flags),
              });
              for (const s of sent)
                if (!s.ok) process.stderr.write(`alert ${s.alert} (${s.channel}): ${s.message}\n`);
              process.stdout.write(
                `${new Date().toISOString()} ${summary(results)}; ${analysed} analysed; ${sent.filter((s) => s.ok).length} alerts sent\n`,
              );
              if (flags.once || stop.signal.aborted) break;
              const next = await store.nextDueAt();
              const wait = next
                ? Math.min(IDLE_CHECK_MS, Math.max(0, Date.parse(next) - Date.now()))
                : IDLE_CHECK_MS;
              await sleep(wait, stop.signal);
            } while (!stop.signal.aborted);
          }),
        );
      } finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      }
    });
}

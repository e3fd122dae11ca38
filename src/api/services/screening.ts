// Screening as the API and the UI run it: a job per screening, and its report with the
// analysts' latest verdicts, so that a decision shows at once without screening again.
import { AppError, type MatchDecision, type ScreeningReport } from '../../model/index.ts';
import { tallyEntryThemes } from '../../screen/index.ts';
import type { Store } from '../../store/index.ts';
import type { ScreeningJob } from '../screening-jobs.ts';
import type { ServiceDeps } from './deps.ts';
import { findWatchlist } from './watchlists.ts';

const pairOf = (entryRef: string, entityKey: string) => `${entryRef}\u0000${entityKey}`;

/** Queues a screening of the watchlist with this id; returns the job. */
export async function startScreening(
  deps: ServiceDeps,
  input: { watchlistId: number; since: string | null; actor: string },
): Promise<ScreeningJob> {
  const list = await findWatchlist(deps, input.watchlistId);
  return deps.screenings.start(list, input.since, input.actor);
}

/** Returns the screening job with this id; throws input.not_found when it is not kept. */
export function screeningJob(deps: ServiceDeps, id: string): ScreeningJob {
  const job = deps.screenings.get(id);
  if (!job)
    throw new AppError(
      'input.not_found',
      `screen: no screening ${id} (jobs are kept until the server restarts)`,
    );
  return job;
}

/** Returns the report with the latest decisions, summary and themes counted as screenWatchlist counts them. */
async function withLatestDecisions(store: Store, report: ScreeningReport): Promise<ScreeningReport> {
  const decisions = await store.latestDecisions(report.entries.map((r) => r.entryRef));
  const latest = new Map<string, MatchDecision>(decisions.map((d) => [pairOf(d.entryRef, d.entityKey), d]));
  const entries = report.entries.map((r) => {
    const matches = r.matches.map((m) => ({
      ...m,
      decision: latest.get(pairOf(r.entryRef, m.entity.key)) ?? null,
    }));
    // A match rejected since the screening no longer counts towards the entry's themes.
    return { ...r, matches, themes: tallyEntryThemes(matches) };
  });
  const all = entries.flatMap((r) => r.matches);
  return {
    ...report,
    entries,
    summary: {
      entries: entries.length,
      withMatches: entries.filter((r) => r.matches.some((m) => m.decision?.decision !== 'rejected')).length,
      confirmed: all.filter((m) => m.decision?.decision === 'confirmed').length,
      rejected: all.filter((m) => m.decision?.decision === 'rejected').length,
    },
  };
}

/** Returns the report of a finished screening; throws input.busy while it runs. */
export async function screeningReport(deps: ServiceDeps, id: string): Promise<ScreeningReport> {
  const job = screeningJob(deps, id);
  if (job.state === 'failed')
    throw new AppError('input.job_failed', job.error ?? 'screen: the screening failed');
  if (job.state !== 'done') {
    throw new AppError(
      'input.busy',
      `screen: the screening is still running (${job.done} of ${job.total} entries); try again shortly`,
    );
  }
  const report = deps.screenings.report(id);
  if (!report)
    throw new AppError('input.not_found', 'screen: this report is no longer kept; run the screening again');
  return withLatestDecisions(deps.store, report);
}

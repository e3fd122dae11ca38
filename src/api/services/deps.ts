// What the server's use cases work with.
import type { FeedFetcher } from '../../fetch/index.ts';
import type { AlertDeps } from '../../pipeline/index.ts';
import type { Store } from '../../store/index.ts';
import type { ImportJobs } from '../jobs.ts';
import type { Poller } from '../poller.ts';
import type { RateLimiter } from '../auth/rate-limit.ts';
import type { ScreeningJobs } from '../screening-jobs.ts';
import type { ReanalysisJobs } from '../reanalysis-jobs.ts';

/** Where alerts go out: the SMTP server (null when none) and the private hosts webhooks may reach. */
export type AlertSettings = Omit<AlertDeps, 'store' | 'now'>;

export interface ServiceDeps {
  readonly store: Store;
  readonly now: () => Date;
  readonly fetcher: FeedFetcher;
  readonly jobs: ImportJobs;
  readonly poller: Poller;
  readonly loginLimiter: RateLimiter;
  readonly screenings: ScreeningJobs;
  readonly reanalyses: ReanalysisJobs;
  readonly alerting: AlertSettings;
}

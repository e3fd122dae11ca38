// Polling many feeds: what is due, fetched with per-host and global limits.
import { HostLimiter, hostKeyOf } from '../fetch/index.ts';
import { refreshFeed, type PollDeps, type RefreshResult } from './refresh-feed.ts';

export interface PollOptions {
  /** At most this many feeds in one round. */
  readonly limit: number;
  /** Requests in flight at once, across all hosts. */
  readonly concurrency: number;
  /** Requests in flight at once to one host. */
  readonly perHost: number;
}

export const DEFAULT_POLL_OPTIONS: PollOptions = { limit: 10_000, concurrency: 64, perHost: 2 };

/** Fetches every feed due now; returns one result per feed. */
export async function pollOnce(
  deps: PollDeps,
  options: PollOptions = DEFAULT_POLL_OPTIONS,
): Promise<RefreshResult[]> {
  const due = await deps.store.dueFeeds(deps.now().toISOString(), options.limit);
  const limiter = new HostLimiter({ perHost: options.perHost, global: options.concurrency });
  return Promise.all(due.map((feed) => limiter.run(hostKeyOf(feed.url), () => refreshFeed(deps, feed))));
}

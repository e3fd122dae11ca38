// Polling many feeds: what is due, fetched with per-host and global limits.
import { HostQueue, hostKeyOf } from '../fetch/index.ts';
import type { FeedSchedule } from '../model/index.ts';
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

interface Due {
  readonly feed: FeedSchedule;
  /** Its place in the round's results. */
  readonly index: number;
}

// Each feed is held by the queue until its turn, then by its worker until refreshed, and no
// longer: a round of 10,000 feeds does not keep every schedule to its end.
function queueFeeds(feeds: readonly FeedSchedule[], perHost: number): HostQueue<Due> {
  const queue = new HostQueue<Due>(perHost);
  feeds.forEach((feed, index) => queue.push(hostKeyOf(feed.url), { feed, index }));
  return queue;
}

/** Fetches every feed due now; returns one result per feed, in the order they were due. */
export async function pollOnce(
  deps: PollDeps,
  options: PollOptions = DEFAULT_POLL_OPTIONS,
): Promise<RefreshResult[]> {
  const queue = queueFeeds(
    await deps.store.dueFeeds(deps.now().toISOString(), options.limit),
    options.perHost,
  );
  const results = new Array<RefreshResult>(queue.size);
  // A worker stops when every host with feeds left is busy; those hosts' workers carry on.
  const work = async () => {
    for (let next = queue.take(); next; next = queue.take()) {
      try {
        results[next.job.index] = await refreshFeed(deps, next.job.feed);
      } finally {
        queue.done(next.host);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, queue.size) }, work));
  return results;
}

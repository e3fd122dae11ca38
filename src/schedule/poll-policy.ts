// When to fetch a feed next, politely: an interval that follows how often the feed really
// publishes, exponential back-off after errors, Retry-After honoured, and a full fetch now
// and then for servers that answer 304 forever. Pure: the time comes in as an argument.
import type { FeedSchedule } from '../model/index.ts';

export interface PollPolicy {
  readonly minIntervalSeconds: number;
  readonly maxIntervalSeconds: number;
  readonly defaultIntervalSeconds: number;
  readonly maxBackoffSeconds: number;
  /** A conditional request is skipped once this long after the last full fetch. */
  readonly fullFetchEverySeconds: number;
  /** A permanent redirect moves the feed after this many sightings ... */
  readonly redirectSightings: number;
  /** ... spread over at least this long. */
  readonly redirectSpanSeconds: number;
}

export const DEFAULT_POLICY: PollPolicy = {
  minIntervalSeconds: 5 * 60,
  maxIntervalSeconds: 24 * 3600,
  defaultIntervalSeconds: 3600,
  maxBackoffSeconds: 24 * 3600,
  fullFetchEverySeconds: 7 * 24 * 3600,
  redirectSightings: 3,
  redirectSpanSeconds: 24 * 3600,
};

const seconds = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 1000;

/** Returns the interval that suits how often the feed publishes: half its median gap, within bounds. */
export function adaptiveInterval(feed: FeedSchedule, policy: PollPolicy = DEFAULT_POLICY): number {
  if (feed.intervalSeconds !== null) return feed.intervalSeconds;
  const times = [...feed.recentItemTimes].sort();
  const gaps: number[] = [];
  for (let i = 1; i < times.length; i++) {
    const gap = seconds(times[i - 1] as string, times[i] as string);
    if (gap > 0) gaps.push(gap);
  }
  if (gaps.length < 3) return policy.defaultIntervalSeconds;
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)] as number;
  return Math.min(policy.maxIntervalSeconds, Math.max(policy.minIntervalSeconds, Math.round(median / 2)));
}

/** Returns whether the next request should skip its conditional headers. */
export function isFullFetchDue(
  feed: FeedSchedule,
  now: string,
  policy: PollPolicy = DEFAULT_POLICY,
): boolean {
  return feed.lastFullFetchAt === null || seconds(feed.lastFullFetchAt, now) >= policy.fullFetchEverySeconds;
}

/** Returns a spread of up to 10% of interval, the same for a feed every time, so feeds do not bunch up. */
function jitterSeconds(feedId: number, interval: number): number {
  const fraction = (Math.imul(feedId, 2654435761) >>> 0) / 2 ** 32;
  return Math.round(interval * 0.1 * fraction);
}

/** Returns when to fetch next after an attempt: on success the interval, on error a back-off. */
export function nextFetchAt(
  feed: FeedSchedule,
  attempt: { readonly isError: boolean; readonly retryAfterMs: number | null },
  now: string,
  policy: PollPolicy = DEFAULT_POLICY,
): string {
  const interval = adaptiveInterval(feed, policy);
  const errors = attempt.isError ? feed.errorCount + 1 : 0;
  const wait =
    errors === 0 ? interval : Math.min(policy.maxBackoffSeconds, interval * 2 ** Math.min(errors - 1, 16));
  let next = Date.parse(now) + (wait + jitterSeconds(feed.feedId, wait)) * 1000;
  if (attempt.retryAfterMs !== null) next = Math.max(next, Date.parse(now) + attempt.retryAfterMs);
  return new Date(next).toISOString();
}

export interface RedirectState {
  readonly target: string | null;
  readonly seen: number;
  readonly firstSeenAt: string | null;
}

/**
 * Returns the redirect bookkeeping after an attempt, and whether the feed should now move: only
 * a permanent redirect seen consistently (the same target, several times, over a day) moves it.
 */
export function trackRedirect(
  feed: FeedSchedule,
  permanentTarget: string | null,
  now: string,
  policy: PollPolicy = DEFAULT_POLICY,
): { readonly state: RedirectState; readonly moveTo: string | null } {
  if (permanentTarget === null) return { state: { target: null, seen: 0, firstSeenAt: null }, moveTo: null };
  const isSame = feed.redirectTarget === permanentTarget;
  const state: RedirectState = {
    target: permanentTarget,
    seen: isSame ? feed.redirectSeen + 1 : 1,
    firstSeenAt: isSame ? feed.redirectFirstSeenAt : now,
  };
  const isSettled =
    state.seen >= policy.redirectSightings &&
    seconds(state.firstSeenAt ?? now, now) >= policy.redirectSpanSeconds;
  return { state, moveTo: isSettled ? permanentTarget : null };
}

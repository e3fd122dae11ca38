// The overview: counts, items per day, the newest items, and the feeds that are failing.
import type { FeedRecord, StoredItem } from '../../model/index.ts';
import type { ArchiveCounts, DayCount } from '../../store/index.ts';
import type { ServiceDeps } from './deps.ts';
import { isFollowed } from './feeds.ts';

export const OVERVIEW_DAYS = 30;
const NEW_ITEMS = 10;

export interface Overview {
  readonly counts: ArchiveCounts;
  /** One entry per day of the last OVERVIEW_DAYS, zeros included, oldest first. */
  readonly perDay: readonly DayCount[];
  readonly newItems: readonly StoredItem[];
  readonly failingFeeds: readonly FeedRecord[];
  /** Feeds polled (imported files are not). */
  readonly followedFeeds: number;
}

/** Returns the days from first to last (YYYY-MM-DD, UTC), inclusive. */
export function daysBetween(first: Date, last: Date): string[] {
  const days: string[] = [];
  for (
    let t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate());
    t <= last.getTime();
    t += 86_400_000
  ) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** Returns the overview of the archive as of now. */
export async function overview(deps: ServiceDeps): Promise<Overview> {
  const now = deps.now();
  const first = new Date(now.getTime() - (OVERVIEW_DAYS - 1) * 86_400_000);
  const days = daysBetween(first, now);
  const since = `${days[0]}T00:00:00.000Z`;
  const [counts, rows, newItems, feeds] = await Promise.all([
    deps.store.archiveCounts(new Date(now.getTime() - 86_400_000).toISOString()),
    deps.store.itemsPerDay(since),
    deps.store.recentItems(NEW_ITEMS),
    deps.store.listFeeds(),
  ]);
  const byDay = new Map(rows.map((r) => [r.day, r.count]));
  return {
    counts,
    perDay: days.map((day) => ({ day, count: byDay.get(day) ?? 0 })),
    newItems,
    failingFeeds: feeds.filter((f) => isFollowed(f) && f.state === 'failing'),
    followedFeeds: feeds.filter(isFollowed).length,
  };
}

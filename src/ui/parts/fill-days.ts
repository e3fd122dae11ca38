// Per-day counts for charts: every day of a span, zeros included, so that gaps show as gaps.
import type { DayCount } from '../../store/index.ts';

/** At most this many days are charted: the latest ones. */
export const MAX_CHART_DAYS = 366;

/** Returns the days (YYYY-MM-DD, UTC) from first to last inclusive, at most the latest MAX_CHART_DAYS. */
export function daysFrom(first: string, last: string): string[] {
  const end = Date.parse(`${last.slice(0, 10)}T00:00:00Z`);
  const start = Math.max(
    Date.parse(`${first.slice(0, 10)}T00:00:00Z`),
    end - (MAX_CHART_DAYS - 1) * 86_400_000,
  );
  const days: string[] = [];
  for (let t = start; t <= end; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** Returns counts on every day in days (zeros where counts has none). */
export function fillDays(counts: readonly DayCount[], days: readonly string[]): DayCount[] {
  const byDay = new Map(counts.map((c) => [c.day, c.count]));
  return days.map((day) => ({ day, count: byDay.get(day) ?? 0 }));
}

/** Returns counts on every day from their first to their last. */
export function fillGaps(counts: readonly DayCount[]): DayCount[] {
  const first = counts[0]?.day;
  const last = counts.at(-1)?.day;
  return first && last ? fillDays(counts, daysFrom(first, last)) : [];
}

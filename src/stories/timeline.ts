// Timelines as data for the API and the UI to draw: items per day, and the first item of each
// story as a milestone. Days are UTC calendar days.
import type { DayCount, StoryMilestone } from '../model/story.ts';

const DAY_MS = 86_400_000;

export interface DatedItem {
  readonly id: string;
  readonly published: string | null;
}

export interface StoryItem extends DatedItem {
  readonly story: string;
  readonly title: string;
}

/** Returns the YYYY-MM-DD (UTC) of an ISO date string, or null when absent or unreadable. */
export function dayOf(iso: string | null): string | null {
  if (iso === null) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/**
 * Returns the number of items per day, in day order. Undated items are left out. With
 * fillGaps, days without items between the first and the last appear with count 0.
 */
export function countPerDay(
  items: readonly DatedItem[],
  options: { readonly fillGaps?: boolean } = {},
): DayCount[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const day = dayOf(item.published);
    if (day !== null) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const days = [...counts.keys()].sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (options.fillGaps !== true || first === undefined || last === undefined) {
    return days.map((day) => ({ day, count: counts.get(day) ?? 0 }));
  }
  const out: DayCount[] = [];
  for (let t = Date.parse(first); t <= Date.parse(last); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push({ day, count: counts.get(day) ?? 0 });
  }
  return out;
}

/** Returns the earliest dated item of each story (the first given wins a tie), earliest first. */
export function findMilestones(items: readonly StoryItem[]): StoryMilestone[] {
  const firsts = new Map<string, StoryMilestone & { readonly t: number }>();
  for (const item of items) {
    if (item.published === null) continue;
    const t = Date.parse(item.published);
    const seen = firsts.get(item.story);
    if (Number.isNaN(t) || (seen !== undefined && t >= seen.t)) continue;
    firsts.set(item.story, {
      story: item.story,
      itemId: item.id,
      published: item.published,
      title: item.title,
      t,
    });
  }
  return [...firsts.values()].sort((a, b) => a.t - b.t).map(({ t: _t, ...milestone }) => milestone);
}

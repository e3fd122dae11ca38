// Milestones for the timelines the entity and theme pages chart: where each of the largest
// stories those items belong to began (its first item among them).
import { dayOf, findMilestones } from '../stories/index.ts';
import type { Store, TimelineFilter } from '../store/index.ts';

/** How many stories a timeline marks: the largest ones, so that the chart stays readable. */
export const MILESTONE_STORIES = 12;

/** A story's first item on a timeline, with the day (UTC) it falls on. */
export interface TimelineMilestone {
  readonly storyId: number;
  /** The story's title: the analyst's name for it, else its headline. */
  readonly title: string;
  readonly itemId: number;
  readonly published: string;
  /** YYYY-MM-DD (UTC). */
  readonly day: string;
}

/** Returns the milestones of the filter's items dated since (when given), earliest first. */
export async function timelineMilestones(
  store: Store,
  filter: TimelineFilter,
  since: string | null = null,
): Promise<TimelineMilestone[]> {
  const items = await store.storyTimelineItems(filter, since, MILESTONE_STORIES);
  const milestones = findMilestones(
    items.map((i) => ({
      id: String(i.itemId),
      published: i.published,
      story: String(i.storyId),
      title: i.storyTitle,
    })),
  );
  return milestones.map((m) => ({
    storyId: Number(m.story),
    title: m.title,
    itemId: Number(m.itemId),
    published: m.published,
    day: dayOf(m.published) ?? m.published.slice(0, 10),
  }));
}

// Stories as the API and the UI show them: a page at a time, the growing ones, and analysts'
// merges, splits and renames, recorded under the name the audit log gives whoever asked.
import type { StoryDetail, StoryId, StoryListing } from '../../model/index.ts';
import {
  mergeStories,
  rebuildStories,
  renameStory,
  splitStory,
  storyWithTimeline,
  type Decision,
} from '../../pipeline/index.ts';
import type { GrowingStory } from '../../store/index.ts';
import { actorOf, type Principal } from '../auth/principal.ts';
import { encodeCursor, numericCursor, scopeOf } from '../pagination.ts';
import type { ServiceDeps } from './deps.ts';

/** "Growing" looks this many days back. */
export const GROWTH_DAYS = 7;

export interface StoryListParams {
  readonly since?: string | undefined;
  readonly minItems: number;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export interface StoryPage {
  readonly total: number;
  readonly stories: readonly StoryListing[];
  readonly nextCursor: string | null;
}

/** Who decides, and why (both recorded with the decision). */
export interface DecidedBy {
  readonly principal: Principal | null;
  readonly why?: string | undefined;
}

/** Returns the decision record for by, dated now. */
export function decisionOf(deps: ServiceDeps, by: DecidedBy): Decision {
  return { actor: actorOf(by.principal), now: deps.now(), ...(by.why ? { why: by.why } : {}) };
}

/** Returns a page of stories, latest activity first; the cursor carries the offset. */
export async function storyPage(deps: ServiceDeps, params: StoryListParams): Promise<StoryPage> {
  const scope = scopeOf(['stories', params.since, params.minItems]);
  const offset = numericCursor(params.cursor, scope) ?? 0;
  const { stories, total } = await deps.store.listStories({
    since: params.since ?? null,
    minItems: params.minItems,
    limit: params.limit,
    offset,
  });
  const next = offset + stories.length;
  return { total, stories, nextCursor: stories.length && next < total ? encodeCursor(next, scope) : null };
}

/** Returns the stories with the most items in the last `days` days, and where that window starts. */
export async function growingStories(
  deps: ServiceDeps,
  limit: number,
  days = GROWTH_DAYS,
): Promise<{ since: string; stories: GrowingStory[] }> {
  const since = new Date(deps.now().getTime() - days * 86_400_000).toISOString();
  return { since, stories: await deps.store.growingStories(since, limit) };
}

/** Merges story from into story into; returns into as it is now. */
export async function mergeStoriesBy(
  deps: ServiceDeps,
  into: StoryId,
  from: StoryId,
  by: DecidedBy,
): Promise<StoryDetail> {
  return storyWithTimeline(deps.store, await mergeStories(deps.store, into, from, decisionOf(deps, by)));
}

/** Moves items into a new story; returns it. */
export async function splitStoryBy(
  deps: ServiceDeps,
  itemIds: readonly number[],
  label: string | undefined,
  by: DecidedBy,
): Promise<StoryDetail> {
  const decision = { ...decisionOf(deps, by), ...(label ? { label } : {}) };
  return storyWithTimeline(deps.store, await splitStory(deps.store, [...new Set(itemIds)], decision));
}

/** Names a story; returns it. */
export async function renameStoryBy(
  deps: ServiceDeps,
  id: StoryId,
  label: string,
  by: DecidedBy,
): Promise<StoryDetail> {
  return storyWithTimeline(deps.store, await renameStory(deps.store, id, label.trim(), decisionOf(deps, by)));
}

/** Clusters every item again, keeping analysts' decisions; returns how many items were placed. */
export async function rebuild(deps: ServiceDeps): Promise<number> {
  return rebuildStories(deps.store, deps.now);
}

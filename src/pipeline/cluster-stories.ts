// The stories use case: analysed items go through the online clusterer in the order they
// were first seen, which carries on from its saved state; near-duplicates join their
// original's story. Analysts' merges, splits and renames go through the same clusterer and
// are stored with who and when; their placements are kept when stories are rebuilt.
import {
  AppError,
  type PendingStoryItem,
  type StoryDetail,
  type StoryId,
  type StoryPlacement,
} from '../model/index.ts';
import { countPerDay, StoryClusterer, type ClustererState } from '../stories/index.ts';
import type { Store } from '../store/index.ts';

const BATCH = 500;

const toDocument = (item: PendingStoryItem) => ({
  id: String(item.id),
  title: item.title,
  text: item.text,
  published: item.published,
  entities: item.entityKeys,
});

async function loadClusterer(store: Store): Promise<StoryClusterer> {
  const saved = await store.clustererState();
  if (saved === null) return new StoryClusterer();
  const state = JSON.parse(saved) as ClustererState;
  if (state.version !== 1)
    throw new AppError(
      'store.unsupported',
      `stories: the saved clusterer state has version ${String(state.version)}; run newswatch stories rebuild`,
    );
  return StoryClusterer.fromState(state);
}

function placeItem(clusterer: StoryClusterer, item: PendingStoryItem): StoryPlacement {
  const original = item.duplicateOf === null ? undefined : clusterer.storyOf(String(item.duplicateOf));
  const a = clusterer.assign(toDocument(item), original === undefined ? {} : { forceStory: original });
  return { itemId: item.id, storyKey: a.story, label: item.title, score: a.score, isForced: false };
}

/** Places every analysed item no story holds yet; returns how many were placed. */
export async function clusterPending(store: Store, now: () => Date): Promise<number> {
  let clusterer: StoryClusterer | null = null;
  let placed = 0;
  for (;;) {
    const batch = await store.pendingStoryItems(BATCH);
    if (batch.length === 0) return placed;
    clusterer ??= await loadClusterer(store);
    const placements = batch.map((item) => placeItem(clusterer as StoryClusterer, item));
    await store.saveStoryPlacements(placements, JSON.stringify(clusterer.toState()), now().toISOString());
    placed += batch.length;
  }
}

/**
 * Clusters every item again from the start, keeping analysts' placements: their stories are
 * replayed first, then every other item in the order it was first seen. Returns how many
 * items were placed anew.
 */
export async function rebuildStories(store: Store, now: () => Date): Promise<number> {
  await store.resetStories();
  const clusterer = new StoryClusterer();
  for (const item of await store.forcedStoryItems())
    clusterer.assign(toDocument(item), { forceStory: item.storyKey });
  await store.saveStoryPlacements([], JSON.stringify(clusterer.toState()), now().toISOString());
  return clusterPending(store, now);
}

/** Returns a story in full with its items per day, or throws when there is none. */
export async function storyWithTimeline(store: Store, id: StoryId): Promise<StoryDetail> {
  const story = await store.getStory(id);
  if (!story) throw new AppError('input.not_found', `stories: no story ${id} (see newswatch stories)`);
  return {
    ...story,
    perDay: countPerDay(
      story.items.map((i) => ({ id: String(i.itemId), published: i.published })),
      { fillGaps: true },
    ),
  };
}

/** Places all of items in story key, as an analyst's decision. */
const forced = (items: StoryDetail['items'], key: string, label: string): StoryPlacement[] =>
  items.map((i) => ({ itemId: i.itemId, storyKey: key, label, score: 1, isForced: true }));

export interface Decision {
  readonly actor: string;
  readonly why?: string;
  readonly now: Date;
}

/** Moves every item of story from into story into; both stay together from then on. */
export async function mergeStories(
  store: Store,
  into: StoryId,
  from: StoryId,
  d: Decision,
): Promise<StoryId> {
  if (into === from) throw new AppError('input.invalid', 'stories: a story cannot be merged into itself');
  const a = await storyWithTimeline(store, into);
  const b = await storyWithTimeline(store, from);
  const clusterer = await loadClusterer(store);
  clusterer.merge(a.story.key, b.story.key);
  return store.recordStoryDecision(
    {
      kind: 'merge',
      storyKey: a.story.key,
      otherKey: b.story.key,
      detail: { from: b.story.id, headline: b.story.headline, ...(d.why ? { why: d.why } : {}) },
      actor: d.actor,
    },
    forced([...a.items, ...b.items], a.story.key, a.story.headline),
    JSON.stringify(clusterer.toState()),
    d.now.toISOString(),
  );
}

/** Moves items out of their story into a new one; both sides stay as decided from then on. */
export async function splitStory(
  store: Store,
  itemIds: readonly number[],
  d: Decision & { readonly label?: string },
): Promise<StoryId> {
  const docs = await store.storyDocuments(itemIds.map((id) => id as PendingStoryItem['id']));
  const missing = itemIds.filter((id) => !docs.some((doc) => doc.id === id));
  if (missing.length > 0) throw new AppError('input.not_found', `stories: no item ${missing.join(', ')}`);
  const sources = new Set<StoryId>();
  for (const doc of docs) {
    const story = await store.storyOfItem(doc.id);
    if (story === null)
      throw new AppError('input.invalid', `stories: item ${doc.id} is in no story yet (analyse it first)`);
    sources.add(story);
  }
  const clusterer = await loadClusterer(store);
  const key = clusterer.split(docs.map(toDocument));
  const label = d.label ?? docs[0]?.title ?? '';
  const moved = new Set<number>(itemIds);
  const placements: StoryPlacement[] = docs.map((doc) => ({
    itemId: doc.id,
    storyKey: key,
    label,
    score: 1,
    isForced: true,
  }));
  for (const id of sources) {
    const source = await storyWithTimeline(store, id);
    const left = source.items.filter((i) => !moved.has(i.itemId));
    placements.push(...forced(left, source.story.key, source.story.headline));
  }
  return store.recordStoryDecision(
    {
      kind: 'split',
      storyKey: key,
      otherKey: null,
      ...(d.label ? { label: d.label } : {}),
      detail: { items: [...itemIds], from: [...sources], ...(d.why ? { why: d.why } : {}) },
      actor: d.actor,
    },
    placements,
    JSON.stringify(clusterer.toState()),
    d.now.toISOString(),
  );
}

/** Gives a story the analyst's name; its items stay together from then on. */
export async function renameStory(store: Store, id: StoryId, label: string, d: Decision): Promise<StoryId> {
  if (label.trim() === '') throw new AppError('input.invalid', 'stories: the new name is empty');
  const story = await storyWithTimeline(store, id);
  const clusterer = await loadClusterer(store);
  clusterer.rename(story.story.key, label);
  return store.recordStoryDecision(
    {
      kind: 'rename',
      storyKey: story.story.key,
      otherKey: null,
      label,
      detail: { was: story.story.headline, ...(d.why ? { why: d.why } : {}) },
      actor: d.actor,
    },
    forced(story.items, story.story.key, label),
    JSON.stringify(clusterer.toState()),
    d.now.toISOString(),
  );
}

// What the analysis stages produced, as the server's routes and pages ask for it: stories,
// entities, themes and key figures, and what analysis found in one item.
import type {
  EntityId,
  EntityType,
  Figure,
  FigureReport,
  ItemId,
  StoryId,
  ThemeMatch,
} from '../../model/index.ts';
import {
  reportFigures,
  storyWithTimeline,
  timelineMilestones,
  type TimelineMilestone,
} from '../../pipeline/index.ts';
import type { ItemEntity, ThemeCount } from '../../store/index.ts';
import type { Principal } from '../auth/principal.ts';
import type { ServiceDeps } from './deps.ts';
import {
  entityDetail,
  entityPage,
  findEntity,
  mergedInto,
  mergeEntitiesBy,
  renameEntityBy,
  splitEntityBy,
  type EntityListParams,
  type EntitySplitInput,
} from './entities.ts';
import {
  growingStories,
  mergeStoriesBy,
  rebuild,
  renameStoryBy,
  splitStoryBy,
  storyPage,
  type DecidedBy,
  type StoryListParams,
} from './stories.ts';

/** What analysis found in an item, and the story that holds it. */
export interface ItemAnalysisView {
  readonly storyId: StoryId | null;
  readonly entities: readonly ItemEntity[];
  readonly themes: readonly ThemeMatch[];
  readonly figures: readonly Figure[];
}

export interface FigureParams {
  readonly q?: string | undefined;
  readonly since?: string | undefined;
  /** Read the newest this many items with figures. */
  readonly limit: number;
}

/** Returns what analysis found in item id (empty lists for an item not analysed yet). */
export async function itemAnalysis(deps: ServiceDeps, id: ItemId): Promise<ItemAnalysisView> {
  const [storyId, entities, themes, figures] = await Promise.all([
    deps.store.storyOfItem(id),
    deps.store.itemEntities(id),
    deps.store.itemThemes(id),
    deps.store.itemFigures(id),
  ]);
  return { storyId, entities, themes, figures };
}

/** A theme's items per day, with where the largest stories it tags began. */
export type ThemeView = ThemeCount & { readonly milestones: readonly TimelineMilestone[] };

/** Returns each theme's items per day since (when given) and its milestones, commonest first. */
export async function themesWithMilestones(deps: ServiceDeps, since: string | null): Promise<ThemeView[]> {
  const themes = await deps.store.themeCounts(since);
  return Promise.all(
    themes.map(async (t) => ({
      ...t,
      milestones: await timelineMilestones(deps.store, { theme: t.theme }, since),
    })),
  );
}

/** Returns the figure groups of the items a query selects. */
export function figures(deps: ServiceDeps, params: FigureParams): Promise<FigureReport> {
  return reportFigures(deps.store, params.q, {
    limit: params.limit,
    ...(params.since ? { since: params.since } : {}),
  });
}

/** Returns the analysis use cases bound to deps. */
export function bindAnalysis(deps: ServiceDeps) {
  return {
    storyPage: (params: StoryListParams) => storyPage(deps, params),
    story: (id: StoryId) => storyWithTimeline(deps.store, id),
    growingStories: (limit: number, days?: number) => growingStories(deps, limit, days),
    mergeStories: (into: StoryId, from: StoryId, by: DecidedBy) => mergeStoriesBy(deps, into, from, by),
    splitStory: (items: readonly number[], label: string | undefined, by: DecidedBy) =>
      splitStoryBy(deps, items, label, by),
    renameStory: (id: StoryId, label: string, by: DecidedBy) => renameStoryBy(deps, id, label, by),
    rebuildStories: () => rebuild(deps),
    entityPage: (params: EntityListParams) => entityPage(deps, params),
    entity: (id: EntityId, since?: string) => entityDetail(deps, id, since),
    findEntity: (ref: string) => findEntity(deps, ref),
    mergedInto,
    topEntities: (limit: number, type?: EntityType) =>
      deps.store.listEntities({ limit, ...(type ? { type } : {}) }),
    mergeEntities: (into: EntityId, from: EntityId, by: Principal | null) =>
      mergeEntitiesBy(deps, into, from, by),
    splitEntity: (id: EntityId, input: EntitySplitInput, by: Principal | null) =>
      splitEntityBy(deps, id, input, by),
    renameEntity: (id: EntityId, name: string, by: Principal | null) => renameEntityBy(deps, id, name, by),
    themes: (since: string | null) => themesWithMilestones(deps, since),
    figures: (params: FigureParams) => figures(deps, params),
    itemAnalysis: (id: ItemId) => itemAnalysis(deps, id),
  };
}

export type AnalysisServices = ReturnType<typeof bindAnalysis>;
export { GROWTH_DAYS, type DecidedBy, type StoryListParams, type StoryPage } from './stories.ts';
export type { EntityListParams, EntityPage, EntitySplitInput, EntityView } from './entities.ts';

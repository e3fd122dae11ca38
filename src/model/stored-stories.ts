// Stories, themes and figures as the archive keeps them: the clusterer's stories mapped to
// ids, analysts' decisions, each item's themes with their triggers, and its figures.
import type { EntityId, ItemId, StoryId } from './ids.ts';
import type { DayCount, Figure, FigureGroup, ThemeMatch } from './story.ts';

/** An item the clusterer has not placed yet, with what it compares. */
export interface PendingStoryItem {
  readonly id: ItemId;
  readonly title: string;
  readonly text: string;
  readonly published: string | null;
  /** The item this one is a near-duplicate of: the two always share a story. */
  readonly duplicateOf: ItemId | null;
  /** Keys of the entities analysis found in the item. */
  readonly entityKeys: readonly string[];
}

/** Where the clusterer put an item. */
export interface StoryPlacement {
  readonly itemId: ItemId;
  readonly storyKey: string;
  readonly label: string;
  readonly score: number;
  /** True when an analyst put it there (it stays there when stories are rebuilt). */
  readonly isForced: boolean;
}

export interface StoryListing {
  readonly id: StoryId;
  readonly key: string;
  /** The analyst's name for the story, or null. */
  readonly label: string | null;
  /** The headline that represents the story: the analyst's label, else its first item's title. */
  readonly headline: string;
  readonly items: number;
  /** Distinct outlets, near-duplicates counted once. */
  readonly outlets: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
}

export interface StoryItemRow {
  readonly itemId: ItemId;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string;
  readonly source: string;
  readonly sourceSha256: string;
  readonly duplicateOf: ItemId | null;
  readonly score: number;
  readonly isForced: boolean;
}

export interface StoryDecisionRecord {
  readonly kind: 'merge' | 'split' | 'rename';
  readonly storyId: StoryId;
  readonly otherId: StoryId | null;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly actor: string;
  readonly at: string;
}

export interface StoryDetail {
  readonly story: StoryListing;
  /** In time order. */
  readonly items: readonly StoryItemRow[];
  readonly entities: ReadonlyArray<{
    readonly id: EntityId;
    readonly name: string;
    readonly type: string;
    readonly items: number;
  }>;
  readonly themes: ReadonlyArray<{ readonly theme: string; readonly label: string; readonly items: number }>;
  readonly perDay: readonly DayCount[];
  readonly decisions: readonly StoryDecisionRecord[];
}

/** A theme's items per day. */
export interface ThemeTimeline {
  readonly theme: string;
  readonly label: string;
  readonly items: number;
  readonly perDay: readonly DayCount[];
}

/** What analysis found in an item beyond its entities. */
export interface ItemTopics {
  readonly themes: readonly ThemeMatch[];
  readonly figures: readonly Figure[];
}

/** Figures grouped by the claim they make, for `figures`. */
export interface FigureReport {
  readonly groups: readonly FigureGroup[];
  /** How many items the figures were drawn from. */
  readonly items: number;
}

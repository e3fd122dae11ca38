// The clusterer's state as plain JSON, so that the store can save it and start again where it
// stopped. (It can also be rebuilt by replaying stored items with `forceStory`.)
import type { StoryRecord } from './story-record.ts';

export interface FrequencyState {
  readonly documents: number;
  readonly counts: Readonly<Record<string, number>>;
}

export interface StoryState {
  readonly key: string;
  readonly label: string | null;
  readonly headline: string;
  readonly words: Readonly<Record<string, number>>;
  readonly names: Readonly<Record<string, number>>;
  readonly heads: Readonly<Record<string, number>>;
  readonly years: Readonly<Record<string, number>>;
  readonly numbers: Readonly<Record<string, number>>;
  readonly weekdays: Readonly<Record<string, number>>;
  readonly months: Readonly<Record<string, number>>;
  readonly docIds: readonly string[];
  /** Milliseconds since the epoch, or null when no document of the story was dated. */
  readonly first: number | null;
  readonly last: number | null;
}

export interface ClustererState {
  readonly version: 1;
  readonly nextKey: number;
  readonly frequencies: {
    readonly words: FrequencyState;
    readonly names: FrequencyState;
    readonly heads: FrequencyState;
  };
  readonly stories: readonly StoryState[];
}

/** Returns story as plain JSON. */
export function storyToState(story: StoryRecord): StoryState {
  return {
    key: story.key,
    label: story.label,
    headline: story.headline,
    words: Object.fromEntries(story.words),
    names: Object.fromEntries(story.names),
    heads: Object.fromEntries(story.heads),
    years: Object.fromEntries(story.years),
    numbers: Object.fromEntries(story.numbers),
    weekdays: Object.fromEntries(story.weekdays),
    months: Object.fromEntries(story.months),
    docIds: [...story.docIds],
    first: story.first,
    last: story.last,
  };
}

/** Returns the story that storyToState() saved. */
export function storyFromState(s: StoryState): StoryRecord {
  return {
    key: s.key,
    label: s.label,
    headline: s.headline,
    words: new Map(Object.entries(s.words)),
    names: new Map(Object.entries(s.names)),
    heads: new Map(Object.entries(s.heads)),
    years: new Map(Object.entries(s.years).map(([y, n]) => [Number(y), n])),
    numbers: new Map(Object.entries(s.numbers)),
    weekdays: new Map(Object.entries(s.weekdays)),
    months: new Map(Object.entries(s.months)),
    docIds: [...s.docIds],
    first: s.first,
    last: s.last,
    norms: null,
  };
}

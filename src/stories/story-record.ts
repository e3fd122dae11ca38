// One story inside the clusterer: the summed features of its documents (its centroids before
// idf), the years and numbers they cite, and its time span. Mutable on purpose: only
// StoryClusterer holds these.
import type { StorySummary } from '../model/story.ts';
import { addScaled, plainNorm } from './sparse-vector.ts';
import type { StoryFeatures, TermWeights } from './story-features.ts';

export interface StoryRecord {
  readonly key: string;
  label: string | null;
  headline: string;
  readonly words: Map<string, number>;
  readonly names: Map<string, number>;
  readonly heads: Map<string, number>;
  /** How many documents mention each latest year. */
  readonly years: Map<number, number>;
  /** How many documents cite each number. */
  readonly numbers: Map<string, number>;
  /** How many documents name each weekday in their lead. */
  readonly weekdays: Map<string, number>;
  /** How many documents write a date in each month. */
  readonly months: Map<string, number>;
  readonly docIds: string[];
  first: number | null;
  last: number | null;
  /** Centroid lengths under idf as of `documents` documents seen; null once the story changes. */
  norms: CentroidNorms | null;
}

export interface CentroidNorms {
  readonly words: number;
  readonly names: number;
  readonly heads: number;
  readonly documents: number;
}

/** Returns an empty story. */
export function createStoryRecord(key: string, headline: string): StoryRecord {
  return {
    key,
    label: null,
    headline,
    words: new Map(),
    names: new Map(),
    heads: new Map(),
    years: new Map(),
    numbers: new Map(),
    weekdays: new Map(),
    months: new Map(),
    docIds: [],
    first: null,
    last: null,
    norms: null,
  };
}

/** Adds (sign 1) or removes (sign -1) a document's features; each vector counts at unit length. */
export function applyFeatures(story: StoryRecord, f: StoryFeatures, sign: 1 | -1): void {
  story.norms = null;
  addUnit(story.words, f.words, sign);
  addUnit(story.names, f.names, sign);
  addUnit(story.heads, f.headline, sign);
  if (f.year !== null) bump(story.years, f.year, sign);
  for (const n of f.numbers) bump(story.numbers, n, sign);
  for (const w of f.leadWeekdays) bump(story.weekdays, w, sign);
  for (const m of f.dateMonths) bump(story.months, m, sign);
}

function addUnit(sum: Map<string, number>, v: TermWeights, sign: 1 | -1): void {
  const norm = plainNorm(v);
  if (norm > 0) addScaled(sum, v, sign / norm);
}

function bump<K>(counts: Map<K, number>, key: K, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}

/** Widens the story's time span to include t. */
export function extendSpan(story: StoryRecord, t: number | null): void {
  if (t === null) return;
  story.first = story.first === null ? t : Math.min(story.first, t);
  story.last = story.last === null ? t : Math.max(story.last, t);
}

/** Moves everything of from into into (from is left as it was; the caller drops it). */
export function absorbStory(into: StoryRecord, from: StoryRecord): void {
  into.norms = null;
  addScaled(into.words, from.words, 1);
  addScaled(into.names, from.names, 1);
  addScaled(into.heads, from.heads, 1);
  for (const [year, n] of from.years) bump(into.years, year, n);
  for (const [num, n] of from.numbers) bump(into.numbers, num, n);
  for (const [w, n] of from.weekdays) bump(into.weekdays, w, n);
  for (const [m, n] of from.months) bump(into.months, m, n);
  into.docIds.push(...from.docIds);
  extendSpan(into, from.first);
  extendSpan(into, from.last);
}

/** Returns the public view of a story. */
export function summariseStory(story: StoryRecord): StorySummary {
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  return {
    key: story.key,
    label: story.label ?? story.headline,
    docIds: [...story.docIds],
    firstSeen: iso(story.first),
    lastSeen: iso(story.last),
  };
}

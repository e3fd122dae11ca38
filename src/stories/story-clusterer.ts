// Online event clustering: each document joins the most similar story above a threshold or
// starts a new one. Pure: no I/O, no clock; dates come with the documents. Analyst
// decisions (forced assignment, merge, split, rename) go through the same object, so the
// store can replay them over a rebuilt clusterer.
import { AppError } from '../model/index.ts';
import type { StoryAssignment, StoryDocument, StorySummary } from '../model/story.ts';
import { DEFAULT_CLUSTERER_CONFIG, type ClustererConfig } from './clusterer-config.ts';
import { storyFromState, storyToState, type ClustererState } from './clusterer-state.ts';
import { DocumentFrequencies } from './document-frequencies.ts';
import { extractStoryFeatures, type StoryFeatures } from './story-features.ts';
import {
  absorbStory,
  applyFeatures,
  createStoryRecord,
  extendSpan,
  summariseStory,
  type StoryRecord,
} from './story-record.ts';
import { rankNames } from './story-names.ts';
import { prepareFeatures, scoreStory } from './story-similarity.ts';
import { parseTime } from './time-decay.ts';

export interface AssignOptions {
  /** Put the document in this story (created if it does not exist yet). */
  readonly forceStory?: string;
  /** Start a new story with this document whatever its similarity. */
  readonly forceNew?: boolean;
}

export class StoryClusterer {
  readonly config: ClustererConfig;
  private df: {
    readonly words: DocumentFrequencies;
    readonly names: DocumentFrequencies;
    readonly heads: DocumentFrequencies;
  };
  private readonly stories = new Map<string, StoryRecord>();
  private readonly storyOfDoc = new Map<string, string>();
  private nextKey = 1;

  constructor(config: Partial<ClustererConfig> = {}) {
    this.config = { ...DEFAULT_CLUSTERER_CONFIG, ...config };
    this.df = {
      words: new DocumentFrequencies(),
      names: new DocumentFrequencies(),
      heads: new DocumentFrequencies(),
    };
  }

  /** Returns where doc goes: an existing story above the threshold, a forced one, or a new one. */
  assign(doc: StoryDocument, options: AssignOptions = {}): StoryAssignment {
    const seen = this.storyOfDoc.get(doc.id);
    if (seen !== undefined && options.forceStory === undefined) {
      return { docId: doc.id, story: seen, score: 1, isNew: false, isForced: false };
    }
    const features = extractStoryFeatures(doc, this.config);
    if (seen !== undefined) this.remove(doc);
    else this.countFrequencies(features);
    const t = parseTime(doc.published);
    if (options.forceStory !== undefined) return this.place(doc, features, t, options.forceStory, 1, true);
    const best = options.forceNew === true ? null : this.findBest(features, t);
    if (best !== null && best.score >= this.config.joinThreshold) {
      return this.place(doc, features, t, best.key, best.score, false);
    }
    return this.place(doc, features, t, this.newKey(), 0, options.forceNew === true);
  }

  /** Moves every document of story from into story into; returns the summary of the result. */
  merge(into: string, from: string): StorySummary {
    const a = this.getStory(into);
    const b = this.getStory(from);
    if (a === b) return summariseStory(a);
    absorbStory(a, b);
    for (const id of b.docIds) this.storyOfDoc.set(id, a.key);
    this.stories.delete(b.key);
    return summariseStory(a);
  }

  /**
   * Takes doc out of its story. Its words stay counted in the document frequencies, and the
   * story's first and last seen stay as they were (the store knows the dates of what is left).
   */
  remove(doc: StoryDocument): void {
    const key = this.storyOfDoc.get(doc.id);
    if (key === undefined) return;
    const story = this.getStory(key);
    applyFeatures(story, extractStoryFeatures(doc, this.config), -1);
    story.docIds.splice(story.docIds.indexOf(doc.id), 1);
    this.storyOfDoc.delete(doc.id);
    if (story.docIds.length === 0) this.stories.delete(key);
  }

  /** Moves docs out of their stories into one new story (or into intoStory); returns its key. */
  split(docs: readonly StoryDocument[], intoStory?: string): string {
    const key = intoStory ?? this.newKey();
    for (const doc of docs) {
      this.remove(doc);
      this.place(doc, extractStoryFeatures(doc, this.config), parseTime(doc.published), key, 1, true);
    }
    return key;
  }

  /** Sets the analyst's name for a story. */
  rename(key: string, label: string): void {
    this.getStory(key).label = label;
  }

  /** Returns the names that weigh most in a story (phrases before the words inside them). */
  mainNames(key: string, limit = 5): string[] {
    return rankNames(this.getStory(key).names, this.df.names.idf, limit);
  }

  /** Returns the story key of a document seen before, if any. */
  storyOf(docId: string): string | undefined {
    return this.storyOfDoc.get(docId);
  }

  /** Returns the whole state as plain JSON (see fromState). */
  toState(): ClustererState {
    const { words, names, heads } = this.df;
    return {
      version: 1,
      nextKey: this.nextKey,
      frequencies: { words: words.toJSON(), names: names.toJSON(), heads: heads.toJSON() },
      stories: [...this.stories.values()].map(storyToState),
    };
  }

  /** Returns a clusterer that carries on from a saved state. */
  static fromState(state: ClustererState, config: Partial<ClustererConfig> = {}): StoryClusterer {
    const c = new StoryClusterer(config);
    const f = state.frequencies;
    c.df = {
      words: DocumentFrequencies.fromJSON(f.words),
      names: DocumentFrequencies.fromJSON(f.names),
      heads: DocumentFrequencies.fromJSON(f.heads),
    };
    for (const s of state.stories) {
      c.stories.set(s.key, storyFromState(s));
      for (const id of s.docIds) c.storyOfDoc.set(id, s.key);
    }
    c.nextKey = state.nextKey;
    return c;
  }

  /** Returns every story, in order of creation. */
  listStories(): StorySummary[] {
    return [...this.stories.values()].map(summariseStory);
  }

  private countFrequencies(f: StoryFeatures): void {
    this.df.words.add(f.words);
    this.df.names.add(f.names);
    this.df.heads.add(f.headline);
  }

  private get idf() {
    return {
      words: this.df.words.idf,
      names: this.df.names.idf,
      heads: this.df.heads.idf,
      documents: this.df.words.size,
    };
  }

  private findBest(f: StoryFeatures, t: number | null): { key: string; score: number } | null {
    let best: { key: string; score: number } | null = null;
    const idf = this.idf;
    const doc = prepareFeatures(f, t, idf);
    for (const story of this.stories.values()) {
      const score = scoreStory(doc, story, this.config, idf);
      if (score !== null && (best === null || score > best.score)) best = { key: story.key, score };
    }
    return best;
  }

  private place(
    doc: StoryDocument,
    f: StoryFeatures,
    t: number | null,
    key: string,
    score: number,
    forced: boolean,
  ) {
    let story = this.stories.get(key);
    const isNew = story === undefined;
    if (story === undefined) {
      story = createStoryRecord(key, doc.title);
      this.stories.set(key, story);
    }
    applyFeatures(story, f, 1);
    extendSpan(story, t);
    story.docIds.push(doc.id);
    this.storyOfDoc.set(doc.id, key);
    return { docId: doc.id, story: key, score, isNew, isForced: forced };
  }

  private getStory(key: string): StoryRecord {
    const story = this.stories.get(key);
    if (story === undefined) throw new AppError('stories.unknown_story', `stories: no story ${key}`, { key });
    return story;
  }

  private newKey(): string {
    while (this.stories.has(`s${this.nextKey}`)) this.nextKey += 1;
    return `s${this.nextKey++}`;
  }
}

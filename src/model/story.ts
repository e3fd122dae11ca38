// Stories, themes and key figures: what the stories stage says about items. Plain data,
// no I/O. Story keys are the clusterer's own strings; the store maps them to StoryId.

/** One document as the story clusterer sees it. */
export interface StoryDocument {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** ISO-8601 date or date-time, or null when unknown (no time decay is applied then). */
  readonly published: string | null;
  /** Entity keys from the entity tagger; when absent the clusterer finds capitalised phrases. */
  readonly entities?: readonly string[];
}

/** Where one document went, and why. */
export interface StoryAssignment {
  readonly docId: string;
  readonly story: string;
  /** Similarity to the chosen story (1 for forced or repeated documents, 0 for a new story). */
  readonly score: number;
  readonly isNew: boolean;
  readonly isForced: boolean;
}

/** A story as the clusterer holds it. */
export interface StorySummary {
  readonly key: string;
  /** The analyst's name for the story, else the headline of its first document. */
  readonly label: string;
  readonly docIds: readonly string[];
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

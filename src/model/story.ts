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

/** One theme of a taxonomy: what an item is about, and the words that say so. */
export interface Theme {
  /** Kebab-case, stable: `forced-labour`; what `theme:forced-labour` searches for. */
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** Single words, matched whole and with their plural and -ed/-ing forms ("camp" finds "camps"). */
  readonly terms: readonly string[];
  /** Several words in a row, each word matched like a term ("internment camp"). */
  readonly phrases: readonly string[];
  /** Names (organisations, people, places, laws) matched whole, without inflection. */
  readonly entities: readonly string[];
  /** How many triggers an item needs before it gets the theme (default 1). */
  readonly minMatches: number;
}

export interface ThemeTaxonomy {
  readonly version: number;
  readonly themes: readonly Theme[];
}

/** A word or name in an item that triggered a theme. */
export interface ThemeTrigger {
  /** As written in the text. */
  readonly text: string;
  /** The taxonomy entry it matched. */
  readonly pattern: string;
  readonly kind: 'term' | 'phrase' | 'entity';
  /** UTF-16 offsets into the text; null for an entity given by the tagger but not found in the text. */
  readonly start: number | null;
  readonly end: number | null;
}

/** A theme an item has, with why. */
export interface ThemeMatch {
  readonly theme: string;
  readonly label: string;
  readonly triggers: readonly ThemeTrigger[];
}

/**
 * The hedge in front of a figure, normalised: "at least 13", "more than 13" (also "over"),
 * "as many as one million", "up to 13" (also "at most", "no more than"), "fewer than 13"
 * (also "less than", "under"), "about 13" (also "around", "nearly", "some", "an estimated").
 */
export type FigureQualifier =
  'at least' | 'more than' | 'as many as' | 'up to' | 'fewer than' | 'about' | 'exactly';

/** A quantitative claim: a number with what it counts, where it was said. */
export interface Figure {
  /** The number as written: "one million", "1.8 million", "$2bn", "84%", "dozens". */
  readonly quantity: string;
  /** The normalised value: 1000000, 1800000, 2000000000, 84; a floor for "dozens" (24). */
  readonly value: number;
  /** True for vague quantities ("dozens", "hundreds") whose value is only a floor. */
  readonly isApproximate: boolean;
  readonly unit: 'count' | 'percent' | 'currency';
  /** ISO 4217 code for money ("USD", "GBP", "EUR", "CNY"), else null. */
  readonly currency: string | null;
  readonly qualifier: FigureQualifier | null;
  /** The hedge as written ("as many as", "nearly"), else null. */
  readonly hedge: string | null;
  /** The noun phrase counted, as written: "internment camps", "people killed", "China's cotton exports". */
  readonly counted: string;
  /** The counted noun normalised for grouping: "internment camp", "people killed". */
  readonly countedKey: string;
  readonly sentence: string;
  /** UTF-16 offsets into the text of the whole claim (hedge to counted noun). */
  readonly start: number;
  readonly end: number;
  /** UTF-16 offsets of the sentence in the text. */
  readonly sentenceStart: number;
}

/** One source's figure, as the grouping sees it. */
export interface SourcedFigure {
  readonly itemId: string;
  readonly source: string | null;
  readonly published: string | null;
  readonly figure: Figure;
}

/** The same claim across items: who reported what, and whether the figures agree. */
export interface FigureGroup {
  readonly countedKey: string;
  readonly unit: Figure['unit'];
  readonly figures: readonly SourcedFigure[];
  /** Distinct normalised values, ascending. */
  readonly values: readonly number[];
  /** True when sources give values that cannot all be true together (hedges considered). */
  readonly isDisputed: boolean;
}

/** Items per day (UTC), for a timeline. */
export interface DayCount {
  /** YYYY-MM-DD. */
  readonly day: string;
  readonly count: number;
}

/** The first item of a story: a milestone on a timeline. */
export interface StoryMilestone {
  readonly story: string;
  readonly itemId: string;
  readonly published: string;
  readonly title: string;
}

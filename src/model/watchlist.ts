// Watchlists and name matches: plain readonly types, no I/O.
import type { WatchlistId } from './ids.ts';

/** A name to compare: the name itself, other names for the same body or person, and where it belongs. */
export interface NameInput {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** Country codes or names; matching only uses them when both sides have some. */
  readonly countries?: readonly string[];
}

/** The FollowTheMoney schemata a watchlist entry can have (null when the file does not say). */
export type WatchlistSchema = 'Person' | 'Company' | 'Organization' | 'LegalEntity';

/** One line of a watchlist: who or what to look for. */
export interface WatchlistEntry extends NameInput {
  readonly aliases: readonly string[];
  readonly countries: readonly string[];
  readonly identifier: string | null;
  readonly notes: string | null;
  readonly schema: WatchlistSchema | null;
  /** Columns or properties the importer does not interpret, kept as they came. */
  readonly extra: Readonly<Record<string, string>>;
  /** Where the entry starts in the imported file (1-based). */
  readonly line: number;
}

export interface Watchlist {
  readonly id: WatchlistId;
  readonly name: string;
  readonly entries: readonly WatchlistEntry[];
}

/** A line of an imported file that was skipped, and why. */
export interface RowProblem {
  readonly line: number;
  readonly message: string;
}

/** What a watchlist parser read: the entries, and the rows it skipped. */
export interface WatchlistParse {
  readonly entries: readonly WatchlistEntry[];
  readonly problems: readonly RowProblem[];
}

/** One reason behind a match score: what was measured and how much it added (or took away). */
export interface NameFeature {
  readonly name: string;
  readonly value: number | string;
  readonly contribution: number;
  readonly detail?: string;
}

/** Two tokens (or a token and a run of tokens) taken to be the same word. */
export interface NameLink {
  readonly a: string;
  readonly b: string;
  readonly method: string;
  readonly similarity: number;
}

/** The comparison of two names: the score, whether it passes the threshold, and why. */
export interface NameMatch {
  readonly score: number;
  readonly match: boolean;
  readonly threshold: number;
  /** The two spellings that matched best (a name or one of its aliases on each side). */
  readonly a: string;
  readonly b: string;
  /** The score's parts; their contributions add up to the score. */
  readonly features: readonly NameFeature[];
  readonly links: readonly NameLink[];
}

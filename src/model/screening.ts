// Watchlists as the archive keeps them, and what screening one against the archive finds.
import type { WatchlistId } from './ids.ts';
import type { EntityEvidence, EntityRecord } from './stored-entities.ts';
import type { NameMatch, WatchlistEntry } from './watchlist.ts';

/** A theme of an evidence item, with the words that triggered it (each spelling once). */
export interface EvidenceTheme {
  readonly theme: string;
  readonly label: string;
  readonly triggers: readonly string[];
}

/** An item that names the matched entity, with what the item is about. */
export interface ScreeningEvidence extends EntityEvidence {
  readonly themes: readonly EvidenceTheme[];
}

/** A theme across an entry's evidence: how many of its items have it. */
export interface EntryTheme {
  readonly theme: string;
  readonly label: string;
  readonly items: number;
}

export interface StoredWatchlist {
  readonly id: WatchlistId;
  readonly name: string;
  /** The file it was imported from. */
  readonly source: string;
  readonly format: 'csv' | 'ftm';
  readonly createdAt: string;
  readonly entryCount: number;
}

export interface StoredWatchlistEntry extends WatchlistEntry {
  readonly id: number;
  readonly watchlistId: WatchlistId;
}

/** An analyst's verdict on a match, keyed by names so it applies again in later screenings. */
export interface MatchDecision {
  /** The entry: "<watchlist>/<identifier or name>". */
  readonly entryRef: string;
  readonly entityKey: string;
  readonly decision: 'confirmed' | 'rejected';
  readonly reason: string | null;
  readonly actor: string;
  readonly at: string;
}

export interface ScreeningMatch {
  readonly entity: EntityRecord;
  readonly match: NameMatch;
  readonly decision: MatchDecision | null;
  /** Independent outlets that named the entity (feeds; near-duplicates counted once). */
  readonly outlets: number;
  readonly evidence: readonly ScreeningEvidence[];
}

export interface ScreeningEntryResult {
  readonly entry: StoredWatchlistEntry;
  readonly entryRef: string;
  readonly matches: readonly ScreeningMatch[];
  /** The themes of the evidence of the matches not rejected, items counted once, commonest first. */
  readonly themes: readonly EntryTheme[];
}

/** A feed that was searched, with its health: "no matches" means nothing without it. */
export interface CoverageFeed {
  readonly feedId: number;
  readonly title: string | null;
  readonly url: string;
  readonly state: string;
  readonly lastErrorCode: string | null;
  readonly lastSuccessAt: string | null;
  readonly items: number;
  readonly firstItem: string | null;
  readonly lastItem: string | null;
}

export interface ScreeningReport {
  readonly watchlist: StoredWatchlist;
  readonly generatedAt: string;
  readonly since: string | null;
  readonly threshold: number;
  readonly entries: readonly ScreeningEntryResult[];
  readonly coverage: {
    readonly feeds: readonly CoverageFeed[];
    readonly items: number;
    readonly entities: number;
    readonly from: string | null;
    readonly to: string | null;
  };
  readonly summary: {
    readonly entries: number;
    readonly withMatches: number;
    readonly confirmed: number;
    readonly rejected: number;
  };
}

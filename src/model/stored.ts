// What the archive holds: feeds, fetches (provenance), items with their versions and
// duplicates, and what a search returns.
import type { FeedId, FetchId, ItemId } from './ids.ts';
import type { Category, Enclosure, ParseWarning, Person } from './parsed-feed.ts';

export type FeedKind = 'http' | 'file';
export type FeedState = 'active' | 'paused' | 'failing';

export interface FeedRecord {
  readonly id: FeedId;
  /** Where the feed is read from: an http(s) URL, or a file: URL for imports. */
  readonly url: string;
  readonly kind: FeedKind;
  readonly title: string | null;
  readonly siteUrl: string | null;
  readonly state: FeedState;
  readonly lastErrorCode: string | null;
  readonly lastErrorMessage: string | null;
  readonly errorCount: number;
  readonly lastSuccessAt: string | null;
  readonly lastAttemptAt: string | null;
  readonly createdAt: string;
  readonly itemCount: number;
  /** When the feed was unsubscribed; its items stay in the archive. */
  readonly removedAt: string | null;
  /** The polling interval the user set, or null for the adaptive one. */
  readonly intervalSeconds: number | null;
  readonly nextFetchAt: string | null;
  readonly lastStatus: number | null;
  /** Whether truncated items get their article page fetched automatically. */
  readonly fetchFullText: boolean;
}

/** What the poller needs to fetch a feed politely. */
export interface FeedSchedule {
  readonly feedId: FeedId;
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastFullFetchAt: string | null;
  readonly intervalSeconds: number | null;
  readonly errorCount: number;
  readonly redirectTarget: string | null;
  readonly redirectSeen: number;
  readonly redirectFirstSeenAt: string | null;
  readonly fetchFullText: boolean;
  /** Times at which the feed's newest items were first seen, newest first (for the adaptive interval). */
  readonly recentItemTimes: readonly string[];
}

export type AttemptOutcome = 'ok' | 'not_modified' | 'error';

/** One fetch attempt, whatever came of it: failures are data. */
export interface FetchAttempt {
  readonly feedId: FeedId;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly outcome: AttemptOutcome;
  readonly code: string | null;
  readonly message: string | null;
  readonly httpStatus: number | null;
  readonly finalUrl: string | null;
  readonly fetchId: FetchId | null;
}

/** What the server answered on an attempt, whatever its status: kept with the attempt. */
export interface AttemptResponse {
  /** Lower-case names, as the fetcher gives them. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as the fetcher read it (an error page's start only); null when there was none (304). */
  readonly body: Uint8Array | null;
  /** True when the body went on past the bytes kept. */
  readonly isBodyTruncated: boolean;
}

/** A feed's earlier URL: where it was, where it went, when and why. */
export interface FeedUrlChange {
  readonly oldUrl: string;
  readonly newUrl: string;
  readonly changedAt: string;
  readonly reason: string;
}

export interface FetchRecord {
  readonly id: FetchId;
  readonly feedId: FeedId;
  /** The URL or file the bytes came from. */
  readonly source: string;
  readonly fetchedAt: string;
  readonly httpStatus: number | null;
  readonly httpHeaders: Readonly<Record<string, string>> | null;
  readonly byteLength: number;
  /** sha256 of the raw bytes, hex: the key of the archived blob. */
  readonly sha256: string;
  readonly format: string | null;
  readonly warnings: readonly ParseWarning[];
  readonly itemsNew: number;
  readonly itemsUpdated: number;
  readonly itemsUnchanged: number;
}

export interface StoredItem {
  readonly id: ItemId;
  readonly feedId: FeedId;
  /** Identity inside the feed: guid, else canonical link, else a hash of title and date. */
  readonly key: string;
  readonly guid: string | null;
  readonly url: string | null;
  readonly canonicalUrl: string | null;
  readonly title: string | null;
  readonly summaryHtml: string | null;
  readonly contentHtml: string | null;
  readonly text: string;
  readonly sourceName: string;
  readonly authors: readonly Person[];
  readonly categories: readonly Category[];
  readonly enclosures: readonly Enclosure[];
  readonly language: string | null;
  readonly isLanguageDetected: boolean;
  readonly truncated: boolean;
  /** The date as the feed declared it, and as UTC. */
  readonly publishedRaw: string | null;
  readonly publishedAt: string | null;
  readonly updatedRaw: string | null;
  readonly updatedAt: string | null;
  /** When newswatch first and last saw the item. */
  readonly firstSeenAt: string;
  readonly lastSeenAt: string;
  readonly firstFetchId: FetchId;
  readonly lastFetchId: FetchId;
  readonly version: number;
  readonly removedAt: string | null;
  readonly duplicateOf: ItemId | null;
  readonly duplicateSimilarity: number | null;
}

export interface ItemVersion {
  readonly version: number;
  /** When this version was first seen, and when a newer one replaced it. */
  readonly seenAt: string;
  readonly replacedAt: string;
  readonly fetchId: FetchId;
  readonly title: string | null;
  readonly url: string | null;
  readonly text: string;
  /** Fields that changed in the version that replaced this one. */
  readonly changedFields: readonly string[];
}

export interface ItemEvent {
  readonly kind: 'removed' | 'restored';
  readonly at: string;
  readonly fetchId: FetchId;
}

export interface DuplicateRef {
  readonly itemId: ItemId;
  readonly feedId: FeedId;
  readonly sourceName: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly similarity: number | null;
}

export interface ItemDetail {
  readonly item: StoredItem;
  readonly versions: readonly ItemVersion[];
  readonly events: readonly ItemEvent[];
  /** The canonical item this one duplicates, if any. */
  readonly canonical: DuplicateRef | null;
  /** Items that duplicate this one. */
  readonly duplicates: readonly DuplicateRef[];
  /** The fetches the item was first and last seen in. */
  readonly provenance: readonly FetchRecord[];
}

export interface SearchHit {
  readonly itemId: ItemId;
  readonly title: string | null;
  readonly link: string | null;
  readonly published: string;
  readonly source: string;
  /** Plain text with matches between \u0002 and \u0003. */
  readonly snippet: string;
  readonly score: number;
  /** How many other sources carry a near-duplicate of this item. */
  readonly duplicates: number;
  /** sha256 of the raw bytes the item was first seen in. */
  readonly sourceSha256: string;
  /** Set on a near-duplicate found as a hit of its own (a search by feed or source:): its original. */
  readonly copyOf?: ItemId;
}

export interface SearchResult {
  /** The number of matches, counted up to a cap (see isTotalCapped). */
  readonly total: number;
  /** True when counting stopped at the cap: there are more than total matches. */
  readonly isTotalCapped: boolean;
  /**
   * When a query matched too many items to rank them all: how many of the newest matches were
   * ranked (the hits are the most relevant among those); null when every match was ranked.
   */
  readonly rankedAmongNewest: number | null;
  readonly hits: readonly SearchHit[];
}

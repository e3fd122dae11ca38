// The one storage interface every stage goes through. SQLite implements it; a PostgreSQL
// implementation must pass the same contract tests (test/store/).
import type {
  FeedId,
  FeedKind,
  FeedRecord,
  FeedSchedule,
  FetchAttempt,
  FetchRecord,
  ItemDetail,
  ItemId,
  ParsedFeed,
  ParseWarning,
  SearchResult,
  StoredItem,
} from '../model/index.ts';
import type { QueryNode } from '../query/index.ts';
import type { PreparedItem } from '../process/index.ts';

export interface FeedInput {
  readonly url: string;
  readonly kind: FeedKind;
  readonly title: string | null;
  readonly siteUrl: string | null;
}

/** The raw response or file an import came from: archived with its hash as provenance. */
export interface SourceBytes {
  readonly source: string;
  readonly fetchedAt: string;
  readonly bytes: Uint8Array;
  readonly httpStatus: number | null;
  readonly httpHeaders: Readonly<Record<string, string>> | null;
}

export interface ImportInput {
  readonly feed: FeedInput;
  readonly raw: SourceBytes;
  readonly parsed: ParsedFeed;
  readonly items: readonly PreparedItem[];
  /**
   * Bytes this feed delivered before are skipped: 'ever' for file imports (the same file
   * again adds nothing), 'last' for polling (the same response as last time), or 'never'.
   */
  readonly skipKnownBytes: 'ever' | 'last' | 'never';
}

export interface ImportOutcome {
  readonly feedId: FeedId;
  readonly fetchId: number | null;
  readonly sha256: string;
  readonly isKnownBytes: boolean;
  readonly itemsNew: number;
  readonly itemsUpdated: number;
  readonly itemsUnchanged: number;
  readonly itemsRemoved: number;
  /** The ids of the items this import added. */
  readonly newItemIds: readonly ItemId[];
  readonly duplicatesLinked: number;
  readonly warnings: readonly ParseWarning[];
}

export interface SearchRequest {
  readonly query: QueryNode;
  readonly since?: string;
  readonly until?: string;
  readonly feedId?: FeedId;
  readonly limit: number;
  readonly offset?: number;
  readonly sort: 'relevance' | 'date';
}

export interface ExportRequest {
  readonly query?: QueryNode;
  readonly since?: string;
  readonly until?: string;
}

/** A feed to subscribe to. */
export interface NewFeed {
  readonly url: string;
  readonly title?: string | null;
  readonly siteUrl?: string | null;
  readonly intervalSeconds?: number | null;
  readonly fetchFullText?: boolean;
}

/** What an attempt changes in a feed's schedule (computed by the poller's policy). */
export interface AttemptUpdate {
  readonly nextFetchAt: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly isFullFetch: boolean;
  readonly redirect: {
    readonly target: string | null;
    readonly seen: number;
    readonly firstSeenAt: string | null;
  };
}

/** An article page's main text, extracted for an item that carried only an excerpt. */
export interface ArticleText {
  readonly contentHtml: string;
  readonly text: string;
}

export interface Store {
  /** Archives a response that yielded no items (a page that is not a feed); returns its fetch id. */
  archiveResponse(feedId: FeedId, raw: SourceBytes, format: string | null): Promise<number>;
  /** Stores an item's full article text as its next version, the page archived as provenance. */
  addArticleVersion(itemId: ItemId, raw: SourceBytes, article: ArticleText): Promise<number>;
  /** Subscribes to a feed to poll; throws AppError('input.feed_exists') if already subscribed. */
  addFeed(feed: NewFeed, now: string): Promise<FeedRecord>;
  /** Unsubscribes a feed; its items stay. Returns false when there is no such feed. */
  removeFeed(id: FeedId, now: string): Promise<boolean>;
  getFeedByUrl(url: string): Promise<FeedRecord | null>;
  /** Returns the subscribed feeds due at now, most overdue first. */
  dueFeeds(now: string, limit: number): Promise<FeedSchedule[]>;
  /** Returns the earliest time a subscribed feed is due, or null when none is. */
  nextDueAt(): Promise<string | null>;
  recordAttempt(attempt: FetchAttempt, update: AttemptUpdate): Promise<void>;
  /** Moves a feed to a new URL (after a permanent redirect), keeping the old one in history. */
  moveFeed(id: FeedId, newUrl: string, reason: string, now: string): Promise<void>;
  /** Archives raw bytes, records the fetch, and stores the items: all or nothing. */
  importFeed(input: ImportInput): Promise<ImportOutcome>;
  listFeeds(): Promise<FeedRecord[]>;
  getFeed(id: FeedId): Promise<FeedRecord | null>;
  getItem(id: ItemId): Promise<ItemDetail | null>;
  search(request: SearchRequest): Promise<SearchResult>;
  /** Yields the items a query matches, oldest first, for export. */
  exportItems(request: ExportRequest): AsyncIterable<StoredItem>;
  getFetch(id: number): Promise<FetchRecord | null>;
  /** Returns the archived bytes with this sha256, decompressed. */
  getBlob(sha256: string): Promise<Uint8Array | null>;
  close(): Promise<void>;
}

// The one storage interface every stage goes through. SQLite implements it; a PostgreSQL
// implementation must pass the same contract tests (test/store/).
import type {
  FeedId, FeedKind, FeedRecord, FetchRecord, ItemDetail, ItemId, ParsedFeed, ParseWarning, SearchResult, StoredItem,
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

export interface Store {
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

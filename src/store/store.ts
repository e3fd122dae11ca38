// The one storage interface every stage goes through. SQLite implements it; a PostgreSQL
// implementation must pass the same contract tests (test/store/).
import type {
  PendingStoryItem,
  StoryDetail,
  StoryListing,
  StoryPlacement,
  ThemeMatch,
  Figure,
  DayCount,
  AlertChannels,
  AlertRecord,
  SearchHit,
  EntityEvidence,
  CoverageFeed,
  MatchDecision,
  StoredWatchlist,
  StoredWatchlistEntry,
  WatchlistEntry,
  WatchlistId,
  EntityDetail,
  EntityId,
  EntityRecord,
  EntityType,
  ItemAnalysis,
  PendingItem,
  FeedId,
  FeedKind,
  FeedRecord,
  FeedSchedule,
  FetchAttempt,
  AttemptResponse,
  FeedUrlChange,
  FetchRecord,
  ItemDetail,
  ItemId,
  StoryId,
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

/** An entity a search requires (or, negated, excludes). */
export interface EntityFilter {
  readonly entityId: EntityId;
  readonly isNegated: boolean;
}

export interface ThemeFilter {
  readonly theme: string;
  readonly isNegated: boolean;
}

/** An analyst's decision about stories, keyed by the clusterer's story keys. */
export interface NewStoryDecision {
  readonly kind: 'merge' | 'split' | 'rename';
  /** The story decided about: the one merged into, split into, or renamed. */
  readonly storyKey: string;
  /** The story merged away, or null. */
  readonly otherKey: string | null;
  /** The analyst's name for the story, when the decision sets one. */
  readonly label?: string;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly actor: string;
}

export interface StoryListRequest {
  /** Only stories with an item dated at or after this. */
  readonly since?: string | null;
  /** Only stories of at least this many items (default 1). */
  readonly minItems?: number;
  readonly limit: number;
  readonly offset?: number;
}

/** A figure with the item that states it. */
export interface StoredFigure {
  readonly itemId: ItemId;
  readonly source: string;
  readonly published: string;
  readonly figure: Figure;
}

/** A story with how many of its items are dated since a given time. */
export interface GrowingStory extends StoryListing {
  readonly recentItems: number;
}

/** An entity an item names, with how often. */
export interface ItemEntity {
  readonly id: EntityId;
  readonly name: string;
  readonly type: EntityType;
  readonly mentions: number;
}

/** A theme's items, per day. */
/** The items an entity names or a theme tags. */
export type TimelineFilter = { readonly entityId: EntityId } | { readonly theme: string };

/** An item of a story, for marking where stories began on a timeline. */
export interface StoryTimelineItem {
  readonly itemId: ItemId;
  /** Published, else first seen. */
  readonly published: string;
  readonly storyId: number;
  /** The analyst's name for the story, else its headline. */
  readonly storyTitle: string;
}

export interface ThemeCount {
  readonly theme: string;
  readonly label: string;
  readonly items: number;
  readonly perDay: readonly DayCount[];
}

export interface SearchRequest {
  /** Only items newswatch first saw at or after this time (for monitors). */
  readonly firstSeenSince?: string;
  /** The words to look for, or null to filter by entity and date alone. */
  readonly query: QueryNode | null;
  readonly entities?: readonly EntityFilter[];
  readonly themes?: readonly ThemeFilter[];
  readonly since?: string;
  readonly until?: string;
  readonly feedId?: FeedId;
  readonly limit: number;
  readonly offset?: number;
  readonly sort: 'relevance' | 'date';
}

export interface ExportRequest {
  /** Only items newswatch first saw at or after this time (for monitors). */
  readonly firstSeenSince?: string;
  readonly query?: QueryNode | null;
  readonly entities?: readonly EntityFilter[];
  readonly themes?: readonly ThemeFilter[];
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

export interface EntityListRequest {
  readonly type?: EntityType;
  readonly since?: string;
  readonly limit: number;
}

/** An analyst's split: these spellings of an entity become an entity of their own. */
export interface EntitySplit {
  readonly entityId: EntityId;
  readonly newName: string;
  readonly newKey: string;
  readonly spellings: ReadonlyArray<{ readonly text: string; readonly key: string }>;
}

/** A watchlist to store (one with the same name is replaced). */
export interface NewWatchlist {
  readonly name: string;
  readonly source: string;
  readonly format: 'csv' | 'ftm';
  readonly entries: readonly WatchlistEntry[];
}

/** What a screening report shows of a matched entity. */
export interface EntityFacts {
  readonly entity: EntityRecord;
  readonly outlets: number;
  readonly evidence: readonly EntityEvidence[];
}

/** A monitor to store. */
export interface NewAlert {
  readonly name: string;
  readonly kind: AlertRecord['kind'];
  readonly query: string | null;
  readonly watchlistId: WatchlistId | null;
  readonly channels: AlertChannels;
}

/** An item naming one of a monitor's entities. */
export interface ItemNaming {
  readonly hit: SearchHit;
  readonly entityId: EntityId;
}

/** An entity's names, for the candidate index screening builds. */
export interface EntityNames {
  readonly id: EntityId;
  readonly key: string;
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
}

/** An article page's main text, extracted for an item that carried only an excerpt. */
export interface ArticleText {
  readonly contentHtml: string;
  readonly text: string;
}

export interface Store {
  // stories, themes, figures
  /** Returns up to limit analysed items no story holds yet, in the order they were first seen. */
  pendingStoryItems(limit: number): Promise<PendingStoryItem[]>;
  /** Returns the items an analyst placed, with their stories' keys. */
  forcedStoryItems(): Promise<Array<PendingStoryItem & { storyKey: string }>>;
  storyDocuments(itemIds: readonly ItemId[]): Promise<PendingStoryItem[]>;
  /** Returns the saved clusterer state (JSON), or null before the first story. */
  clustererState(): Promise<string | null>;
  /** Stores placements with the clusterer state that made them, in one transaction. */
  saveStoryPlacements(placements: readonly StoryPlacement[], state: string, now: string): Promise<void>;
  /** Stores an analyst's decision with the placements it made; returns the story's id. */
  recordStoryDecision(
    decision: NewStoryDecision,
    placements: readonly StoryPlacement[],
    state: string,
    now: string,
  ): Promise<StoryId>;
  /** Forgets the clusterer's placements, keeping analysts' (see stories rebuild). */
  resetStories(): Promise<void>;
  listStories(request: StoryListRequest): Promise<{ stories: StoryListing[]; total: number }>;
  /** Returns a story in full (perDay is filled by the caller's timeline), or null. */
  getStory(id: StoryId): Promise<Omit<StoryDetail, 'perDay'> | null>;
  storyOfItem(itemId: ItemId): Promise<StoryId | null>;
  /** Returns the stories with the most items dated since a time (at least one), most first. */
  growingStories(since: string, limit: number): Promise<GrowingStory[]>;
  itemThemes(itemId: ItemId): Promise<ThemeMatch[]>;
  /** Returns the ids of the themes any item has. */
  themeIds(): Promise<string[]>;
  itemFigures(itemId: ItemId): Promise<Figure[]>;
  /** Returns each theme's items per day (items dated since a date, if given), commonest first. */
  themeCounts(since: string | null): Promise<ThemeCount[]>;
  /** Returns the items (dated since, if given) of the `stories` stories holding most of the filter's items, oldest first. */
  storyTimelineItems(
    filter: TimelineFilter,
    since: string | null,
    stories: number,
  ): Promise<StoryTimelineItem[]>;
  /** Returns the figures of the items a request selects (at most limit items, newest first). */
  figuresOf(request: ExportRequest, limit: number): Promise<{ figures: StoredFigure[]; items: number }>;

  // alerts
  saveAlert(alert: NewAlert, now: string): Promise<AlertRecord>;
  listAlerts(): Promise<AlertRecord[]>;
  getAlert(ref: string): Promise<AlertRecord | null>;
  removeAlert(id: number, now: string): Promise<boolean>;
  /** Returns which of these items were already delivered on a channel. */
  deliveredItems(alertId: number, channel: string, itemIds: readonly number[]): Promise<Set<number>>;
  recordDeliveries(
    alertId: number,
    channel: string,
    itemIds: readonly number[],
    outcome: string,
    at: string,
  ): Promise<void>;
  /** Returns items first seen since a time that name any of the entities, newest first. */
  recentItemsNaming(
    entityIds: readonly EntityId[],
    firstSeenSince: string,
    limit: number,
  ): Promise<ItemNaming[]>;

  // watchlists and screening
  saveWatchlist(list: NewWatchlist, now: string): Promise<StoredWatchlist>;
  listWatchlists(): Promise<StoredWatchlist[]>;
  /** Returns the watchlist with this name (or #id), or null. */
  getWatchlist(ref: string): Promise<StoredWatchlist | null>;
  watchlistEntries(id: WatchlistId): Promise<StoredWatchlistEntry[]>;
  removeWatchlist(id: WatchlistId): Promise<boolean>;
  recordMatchDecision(decision: MatchDecision): Promise<void>;
  /** Returns the latest verdict on each (entry, entity) pair among these entries. */
  latestDecisions(entryRefs: readonly string[]): Promise<MatchDecision[]>;
  /** Returns every mentioned canonical entity with its aliases and commonest spellings. */
  entityNames(): Promise<EntityNames[]>;
  /** Returns an entity's record, outlets and evidence (items since a date, if given), or null. */
  entityFacts(id: EntityId, since: string | null): Promise<EntityFacts | null>;
  /** Returns the themes (with triggers) of each of these items; items without one are left out. */
  themesOfItems(itemIds: readonly ItemId[]): Promise<Map<ItemId, ThemeMatch[]>>;
  /** Returns the feeds searched, their health and date range (items since a date, if given). */
  coverage(since: string | null): Promise<CoverageFeed[]>;

  // entities
  /** Returns up to limit items not yet analysed at this analysis version. */
  pendingAnalysis(version: number, limit: number): Promise<PendingItem[]>;
  /** Stores analyses (replacing earlier ones for those items) and marks the items analysed. */
  saveAnalyses(analyses: readonly ItemAnalysis[], version: number, now: string): Promise<void>;
  /** Marks every item for analysis again; returns how many. */
  resetAnalysis(): Promise<number>;
  listEntities(request: EntityListRequest): Promise<EntityRecord[]>;
  /** Returns the entities an item names, in the order they first appear. */
  itemEntities(itemId: ItemId): Promise<ItemEntity[]>;
  /** Returns the entity a normalised name key names, through aliases and merges, or null. */
  entityByKey(key: string): Promise<EntityId | null>;
  /** Returns an entity's page; with since, its evidence and outlets count only items since then. */
  getEntity(id: EntityId, since?: string): Promise<EntityDetail | null>;
  /** Returns the entity most often written exactly as text (ignoring case), else the one an analyst named so, or null. */
  entityBySpelling(text: string): Promise<EntityId | null>;
  mergeEntities(fromId: EntityId, intoId: EntityId, actor: string, now: string): Promise<void>;
  splitEntity(split: EntitySplit, actor: string, now: string): Promise<EntityId>;
  renameEntity(id: EntityId, name: string, actor: string, now: string): Promise<void>;

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
  /**
   * Records an attempt and what it changed; response (when one arrived) keeps its headers and
   * archives its body as a blob, linked from the attempt by sha256.
   */
  recordAttempt(
    attempt: FetchAttempt,
    update: AttemptUpdate,
    response?: AttemptResponse | null,
  ): Promise<void>;
  /** Moves a feed to a new URL (after a permanent redirect), keeping the old one in history. */
  moveFeed(id: FeedId, newUrl: string, reason: string, now: string): Promise<void>;
  /** Returns a feed's earlier URLs, oldest change first. */
  urlHistory(id: FeedId): Promise<FeedUrlChange[]>;
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
  // users, keys, sessions, audit (and the server's reads: attempts, overview) ---------------
  /** Adds a user; throws AppError('input.user_exists') when the name is taken. */
  addUser(user: NewUser, now: string): Promise<UserRecord>;
  getUserByName(name: string): Promise<UserRecord | null>;
  /** Returns the user and its password hash, for a login. */
  getUserLogin(name: string): Promise<UserLogin | null>;
  /** Returns every user, removed ones too (with disabledAt), oldest first. */
  listUsers(): Promise<UserRecord[]>;
  /**
   * Removes the live user named name: disabled (the row stays, so names in the audit log keep
   * meaning one person), keys revoked, sessions ended. Returns them, or null when there is no
   * such live user; throws AppError('input.last_admin') for the last live admin.
   */
  removeUser(name: string, now: string): Promise<UserRecord | null>;
  /** Gives the live user named name a role; returns them, or null; throws AppError('input.last_admin') when that demotes the last live admin. */
  setUserRole(name: string, role: Role): Promise<UserRecord | null>;
  addApiKey(key: NewApiKey, now: string): Promise<ApiKeyRecord>;
  /** Returns the key with this prefix, its hash and its user, revoked or not. */
  getApiKey(prefix: string): Promise<KeyLookup | null>;
  listApiKeys(): Promise<ApiKeyRecord[]>;
  touchApiKey(id: number, now: string): Promise<void>;
  /** Revokes a key; returns false when there is no such live key. */
  revokeApiKey(prefix: string, now: string): Promise<boolean>;
  /** Returns true when a live user has a password or a live API key. */
  hasCredentials(): Promise<boolean>;
  addSession(session: NewSession): Promise<void>;
  /** Returns the unexpired session with this token hash and its live user, or null. */
  getSession(idHash: string, now: string): Promise<SessionLookup | null>;
  removeSession(idHash: string): Promise<boolean>;
  appendAudit(entry: NewAuditEntry): Promise<number>;
  /** Returns up to limit entries with ids below beforeId (null: from the newest), newest first. */
  listAudit(limit: number, beforeId: number | null): Promise<AuditEntry[]>;
  /** Returns up to limit attempts of a feed with ids below beforeId, newest first. */
  listAttempts(feedId: FeedId, limit: number, beforeId: number | null): Promise<AttemptRecord[]>;
  /** Returns the archive's counts; itemsSince counts items first seen since. */
  archiveCounts(since: string): Promise<ArchiveCounts>;
  /** Returns items per UTC day (published, else first seen) from since on. */
  itemsPerDay(since: string): Promise<DayCount[]>;
  /** Returns the newest items (canonical ones only), newest first. */
  recentItems(limit: number): Promise<StoredItem[]>;
  // end of users, keys, sessions, audit ---------------------------------------------------------
  close(): Promise<void>;
}

// users, keys, sessions, audit (and the server's reads: attempts, overview) -----------------

export type Role = 'admin' | 'analyst' | 'reader';

export interface UserRecord {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
  readonly hasPassword: boolean;
  readonly createdAt: string;
  readonly disabledAt: string | null;
}

export interface NewUser {
  readonly name: string;
  readonly role: Role;
  /** An scrypt string from the server's password module, or null for key-only users. */
  readonly passwordHash: string | null;
}

export interface UserLogin {
  readonly user: UserRecord;
  readonly passwordHash: string | null;
}

export interface ApiKeyRecord {
  readonly id: number;
  readonly userId: number;
  readonly userName: string;
  readonly prefix: string;
  readonly label: string | null;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export interface NewApiKey {
  readonly userId: number;
  readonly prefix: string;
  /** The hash of the key's secret; the secret itself is never stored. */
  readonly keyHash: string;
  readonly label: string | null;
}

export interface KeyLookup {
  readonly key: ApiKeyRecord;
  readonly keyHash: string;
  readonly user: UserRecord;
}

export interface NewSession {
  /** The hash of the cookie's token, so that a copy of the database opens no session. */
  readonly idHash: string;
  readonly userId: number;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export interface SessionLookup {
  readonly user: UserRecord;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export interface NewAuditEntry {
  readonly at: string;
  /** Who: `user:NAME`, `key:PREFIX (NAME)`, or `local` for the loopback admin. */
  readonly actor: string;
  readonly action: string;
  readonly target: string | null;
  readonly details: Readonly<Record<string, unknown>>;
}

export interface AuditEntry extends NewAuditEntry {
  readonly id: number;
}

export interface AttemptRecord extends FetchAttempt {
  readonly id: number;
  /** The response's headers; null when no response arrived (dns, connect, timeout ...). */
  readonly httpHeaders: Readonly<Record<string, string>> | null;
  /** sha256 of the body kept (an archived blob); null when there was none. */
  readonly sha256: string | null;
  readonly byteLength: number | null;
  /** True when the body went on past the bytes kept (error pages keep their start). */
  readonly isBodyTruncated: boolean;
}

export interface ArchiveCounts {
  readonly items: number;
  readonly itemsSince: number;
  readonly feeds: number;
  readonly failingFeeds: number;
  readonly fetches: number;
}

export type { DayCount };
// end of users, keys, sessions, audit ---------------------------------------------------------

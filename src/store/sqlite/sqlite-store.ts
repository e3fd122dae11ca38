// The embedded store: SQLite through better-sqlite3, the zero-set-up default.
import type Database from 'better-sqlite3';
import {
  asEntityId,
  type AlertRecord,
  type CoverageFeed,
  type MatchDecision,
  type StoredWatchlist,
  type StoredWatchlistEntry,
  type WatchlistId,
  type EntityDetail,
  type EntityId,
  type EntityRecord,
  type ItemAnalysis,
  type PendingItem,
  type FeedId,
  type FeedRecord,
  type FeedSchedule,
  type AttemptResponse,
  type FeedUrlChange,
  type FetchAttempt,
  type FetchRecord,
  type ItemDetail,
  type ItemId,
  type SearchResult,
  type StoredItem,
  asStoryId,
  type Figure,
  type PendingStoryItem,
  type StoryDetail,
  type StoryId,
  type StoryListing,
  type StoryPlacement,
  type ThemeMatch,
} from '../../model/index.ts';
import type {
  ItemNaming,
  NewAlert,
  EntityFacts,
  EntityNames,
  NewWatchlist,
  EntityListRequest,
  EntitySplit,
  GrowingStory,
  ItemEntity,
  ArticleText,
  AttemptUpdate,
  SourceBytes,
  ExportRequest,
  ImportInput,
  ImportOutcome,
  NewFeed,
  SearchRequest,
  Store,
  NewStoryDecision,
  StoredFigure,
  StoryListRequest,
  ThemeCount,
  StoryTimelineItem,
  TimelineFilter,
} from '../store.ts';
import {
  addFeed,
  dueFeeds,
  FEED_SELECT,
  feedByUrl,
  moveFeed,
  nextDueAt,
  recordAttempt,
  removeFeed,
  urlHistory,
} from './feeds.ts';
import { getBlob } from './blobs.ts';
import { NearDuplicateLinker } from './near-duplicate-linker.ts';
import { mergeEntities, renameEntity, splitEntity } from './entity-decisions.ts';
import { coverage, entityNames, themesOfItems } from './screening-reader.ts';
import {
  alertByRef,
  deliveredItems,
  listAlerts,
  recentItemsNaming,
  recordDeliveries,
  removeAlert,
  saveAlert,
} from './alerts.ts';
import {
  latestDecisions,
  listWatchlists,
  recordMatchDecision,
  removeWatchlist,
  saveWatchlist,
  watchlistByRef,
  watchlistEntries,
} from './watchlists.ts';
import { entityDetail, entityEvidence, entityIdByKey, itemEntities, listEntities } from './entity-reader.ts';
import {
  pendingItems,
  prepareEntityStatements,
  saveAnalyses,
  type EntityStatements,
} from './entity-writer.ts';
import { addArticleVersion, archiveResponse } from './responses.ts';
import { importFeed } from './import-feed.ts';
import { readItemDetail } from './item-detail.ts';
import { prepareItemStatements, type ItemStatements } from './item-statements.ts';
import { openDatabase } from './open-database.ts';
import * as stories from './stories.ts';
import * as topics from './topics.ts';
import { storyTimelineItems } from './story-milestones.ts';
import {
  toFeedRecord,
  toFetchRecord,
  toStoredItem,
  type FeedRow,
  type FetchRow,
  type ItemRow,
} from './rows.ts';
import { armsOf, unionOfArms, type Arm } from './search-arms.ts';
import { DEFAULT_SEARCH_LIMITS, searchItems, type SearchLimits } from './search.ts';
// users, keys, sessions, audit
import type {
  ApiKeyRecord,
  ArchiveCounts,
  AttemptRecord,
  AuditEntry,
  DayCount,
  KeyLookup,
  NewApiKey,
  NewAuditEntry,
  NewSession,
  NewUser,
  Role,
  SessionLookup,
  UserLogin,
  UserRecord,
} from '../store.ts';
import * as access from './users.ts';
import { removeUser, setUserRole } from './user-changes.ts';
import { appendAudit, listAudit } from './audit.ts';
import { archiveCounts, itemsPerDay, listAttempts, recentItems } from './server-reads.ts';
// end of users, keys, sessions, audit

const EXPORT_PAGE = 500;

export class SqliteStore implements Store {
  private readonly statements: ItemStatements;
  private readonly linker: NearDuplicateLinker;
  private readonly entityStatements: EntityStatements;
  private readonly staleChecked = new Set<number>();

  private constructor(
    private readonly db: Database.Database,
    private readonly searchLimits: SearchLimits,
  ) {
    this.statements = prepareItemStatements(db);
    this.linker = new NearDuplicateLinker(this.statements);
    this.entityStatements = prepareEntityStatements(db);
  }

  /** Returns a store on the SQLite file at path, created and migrated as needed. */
  static open(path: string, options: { searchLimits?: SearchLimits } = {}): SqliteStore {
    return new SqliteStore(openDatabase(path), options.searchLimits ?? DEFAULT_SEARCH_LIMITS);
  }

  async importFeed(input: ImportInput): Promise<ImportOutcome> {
    try {
      return importFeed(this.db, this.statements, this.linker, input);
    } catch (err) {
      this.linker.clear();
      throw err;
    }
  }

  // stories, themes, figures
  async pendingStoryItems(limit: number): Promise<PendingStoryItem[]> {
    return stories.pendingStoryItems(this.db, limit);
  }

  async forcedStoryItems(): Promise<Array<PendingStoryItem & { storyKey: string }>> {
    return stories.forcedStoryItems(this.db);
  }

  async storyDocuments(itemIds: readonly ItemId[]): Promise<PendingStoryItem[]> {
    return stories.storyDocuments(this.db, itemIds);
  }

  async clustererState(): Promise<string | null> {
    return stories.clustererState(this.db);
  }

  async saveStoryPlacements(
    placements: readonly StoryPlacement[],
    state: string,
    now: string,
  ): Promise<void> {
    stories.saveStoryPlacements(this.db, placements, state, now);
  }

  async recordStoryDecision(
    decision: NewStoryDecision,
    placements: readonly StoryPlacement[],
    state: string,
    now: string,
  ): Promise<StoryId> {
    return asStoryId(stories.recordStoryDecision(this.db, decision, placements, state, now));
  }

  async resetStories(): Promise<void> {
    stories.resetStories(this.db);
  }

  async listStories(request: StoryListRequest): Promise<{ stories: StoryListing[]; total: number }> {
    return stories.listStories(this.db, request);
  }

  async getStory(id: StoryId): Promise<Omit<StoryDetail, 'perDay'> | null> {
    return stories.storyDetail(this.db, id);
  }

  async storyOfItem(itemId: ItemId): Promise<StoryId | null> {
    const id = stories.storyOfItem(this.db, itemId);
    return id === null ? null : asStoryId(id);
  }

  async growingStories(since: string, limit: number): Promise<GrowingStory[]> {
    return stories.growingStories(this.db, since, limit);
  }

  async itemThemes(itemId: ItemId): Promise<ThemeMatch[]> {
    return topics.itemThemes(this.db, itemId);
  }

  async themeIds(): Promise<string[]> {
    return topics.themeIds(this.db);
  }

  async itemFigures(itemId: ItemId): Promise<Figure[]> {
    return topics.itemFigures(this.db, itemId);
  }

  async themeCounts(since: string | null): Promise<ThemeCount[]> {
    return topics.themeCounts(this.db, since);
  }

  async storyTimelineItems(
    filter: TimelineFilter,
    since: string | null,
    stories: number,
  ): Promise<StoryTimelineItem[]> {
    return storyTimelineItems(this.db, filter, since, stories);
  }

  async figuresOf(
    request: ExportRequest,
    limit: number,
  ): Promise<{ figures: StoredFigure[]; items: number }> {
    return topics.figuresOf(this.db, request, limit);
  }

  // alerts
  async saveAlert(alert: NewAlert, now: string): Promise<AlertRecord> {
    return saveAlert(this.db, alert, now);
  }

  async listAlerts(): Promise<AlertRecord[]> {
    return listAlerts(this.db);
  }

  async getAlert(ref: string): Promise<AlertRecord | null> {
    return alertByRef(this.db, ref);
  }

  async removeAlert(id: number, now: string): Promise<boolean> {
    return removeAlert(this.db, id, now);
  }

  async deliveredItems(alertId: number, channel: string, itemIds: readonly number[]): Promise<Set<number>> {
    return deliveredItems(this.db, alertId, channel, itemIds);
  }

  async recordDeliveries(
    alertId: number,
    channel: string,
    itemIds: readonly number[],
    outcome: string,
    at: string,
  ): Promise<void> {
    recordDeliveries(this.db, alertId, channel, itemIds, outcome, at);
  }

  async recentItemsNaming(
    entityIds: readonly EntityId[],
    firstSeenSince: string,
    limit: number,
  ): Promise<ItemNaming[]> {
    return recentItemsNaming(this.db, entityIds, firstSeenSince, limit);
  }

  // watchlists and screening
  async saveWatchlist(list: NewWatchlist, now: string): Promise<StoredWatchlist> {
    return saveWatchlist(this.db, list, now);
  }

  async listWatchlists(): Promise<StoredWatchlist[]> {
    return listWatchlists(this.db);
  }

  async getWatchlist(ref: string): Promise<StoredWatchlist | null> {
    return watchlistByRef(this.db, ref);
  }

  async watchlistEntries(id: WatchlistId): Promise<StoredWatchlistEntry[]> {
    return watchlistEntries(this.db, id);
  }

  async removeWatchlist(id: WatchlistId): Promise<boolean> {
    return removeWatchlist(this.db, id);
  }

  async recordMatchDecision(decision: MatchDecision): Promise<void> {
    recordMatchDecision(this.db, decision);
  }

  async latestDecisions(entryRefs: readonly string[]): Promise<MatchDecision[]> {
    return latestDecisions(this.db, entryRefs);
  }

  async entityNames(): Promise<EntityNames[]> {
    return entityNames(this.db);
  }

  async entityFacts(id: EntityId, since: string | null): Promise<EntityFacts | null> {
    return entityEvidence(this.db, id, since);
  }

  async themesOfItems(itemIds: readonly ItemId[]): Promise<Map<ItemId, ThemeMatch[]>> {
    return themesOfItems(this.db, itemIds) as Map<ItemId, ThemeMatch[]>;
  }

  async coverage(since: string | null): Promise<CoverageFeed[]> {
    return coverage(this.db, since);
  }

  // entities
  async pendingAnalysis(version: number, limit: number): Promise<PendingItem[]> {
    // Items analysed at an older version are found once per session, not on every batch.
    const checkStale = !this.staleChecked.has(version);
    this.staleChecked.add(version);
    return pendingItems(this.entityStatements, version, limit, checkStale);
  }

  async saveAnalyses(analyses: readonly ItemAnalysis[], version: number, now: string): Promise<void> {
    saveAnalyses(this.db, this.entityStatements, analyses, version, now);
  }

  async resetAnalysis(): Promise<number> {
    return this.db
      .prepare('UPDATE items SET analyzed_version = NULL WHERE analyzed_version IS NOT NULL')
      .run().changes;
  }

  async listEntities(request: EntityListRequest): Promise<EntityRecord[]> {
    return listEntities(this.db, request);
  }

  async itemEntities(itemId: ItemId): Promise<ItemEntity[]> {
    return itemEntities(this.db, itemId);
  }

  async entityByKey(key: string): Promise<EntityId | null> {
    const id = entityIdByKey(this.db, key);
    return id === null ? null : asEntityId(id);
  }

  async entityBySpelling(text: string): Promise<EntityId | null> {
    // A spelling the news used, else the name an analyst gave it.
    const row =
      this.db
        .prepare<[string], { entity_id: number }>(
          'SELECT entity_id FROM mentions WHERE text = ? COLLATE NOCASE GROUP BY entity_id ORDER BY count(*) DESC LIMIT 1',
        )
        .get(text) ??
      this.db
        .prepare<[string], { entity_id: number }>(
          'SELECT id AS entity_id FROM entities WHERE name = ? COLLATE NOCASE AND merged_into IS NULL ORDER BY id LIMIT 1',
        )
        .get(text);
    return row ? asEntityId(row.entity_id) : null;
  }

  async getEntity(id: EntityId, since?: string): Promise<EntityDetail | null> {
    return entityDetail(this.db, id, since ?? null);
  }

  async mergeEntities(fromId: EntityId, intoId: EntityId, actor: string, now: string): Promise<void> {
    mergeEntities(this.db, fromId, intoId, actor, now);
  }

  async splitEntity(split: EntitySplit, actor: string, now: string): Promise<EntityId> {
    return asEntityId(splitEntity(this.db, split, actor, now));
  }

  async renameEntity(id: EntityId, name: string, actor: string, now: string): Promise<void> {
    renameEntity(this.db, id, name, actor, now);
  }

  async archiveResponse(feedId: FeedId, raw: SourceBytes, format: string | null): Promise<number> {
    return archiveResponse(this.db, feedId, raw, format);
  }

  async addArticleVersion(itemId: ItemId, raw: SourceBytes, article: ArticleText): Promise<number> {
    return addArticleVersion(this.db, this.statements, itemId, raw, article);
  }

  async addFeed(feed: NewFeed, now: string): Promise<FeedRecord> {
    return addFeed(this.db, feed, now);
  }

  async removeFeed(id: FeedId, now: string): Promise<boolean> {
    return removeFeed(this.db, id, now);
  }

  async getFeedByUrl(url: string): Promise<FeedRecord | null> {
    return feedByUrl(this.db, url);
  }

  async dueFeeds(now: string, limit: number): Promise<FeedSchedule[]> {
    return dueFeeds(this.db, now, limit);
  }

  async nextDueAt(): Promise<string | null> {
    return nextDueAt(this.db);
  }

  async recordAttempt(
    attempt: FetchAttempt,
    update: AttemptUpdate,
    response: AttemptResponse | null = null,
  ): Promise<void> {
    recordAttempt(this.db, attempt, update, response);
  }

  async moveFeed(id: FeedId, newUrl: string, reason: string, now: string): Promise<void> {
    moveFeed(this.db, id, newUrl, reason, now);
  }

  async urlHistory(id: FeedId): Promise<FeedUrlChange[]> {
    return urlHistory(this.db, id);
  }

  async listFeeds(): Promise<FeedRecord[]> {
    return this.db.prepare<[], FeedRow>(`${FEED_SELECT} ORDER BY f.id`).all().map(toFeedRecord);
  }

  async getFeed(id: FeedId): Promise<FeedRecord | null> {
    const row = this.db.prepare<[number], FeedRow>(`${FEED_SELECT} WHERE f.id = ?`).get(id);
    return row ? toFeedRecord(row) : null;
  }

  async getItem(id: ItemId): Promise<ItemDetail | null> {
    return readItemDetail(this.db, id);
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    return searchItems(this.db, request, this.searchLimits);
  }

  async *exportItems(request: ExportRequest): AsyncIterable<StoredItem> {
    // Pages by (date, id) rather than one open cursor, so that callers may use the store
    // between items (an open better-sqlite3 iterator holds the connection).
    const arms = armsOf(request);
    const select = (a: Arm): string =>
      `SELECT i.*, coalesce(i.published_at, i.first_seen_at) AS sort_date FROM ${a.from}
       WHERE ${a.where} AND (coalesce(i.published_at, i.first_seen_at), i.id) > (?, ?)`;
    const statement = this.db.prepare<unknown[], ItemRow & { sort_date: string }>(
      `${unionOfArms(arms, select).sql} ORDER BY sort_date, id LIMIT ${EXPORT_PAGE}`,
    );
    let after: [string, number] = ['', 0];
    for (;;) {
      const page = statement.all(...unionOfArms(arms, select, after).params);
      for (const row of page) yield toStoredItem(row);
      const last = page.at(-1);
      if (!last || page.length < EXPORT_PAGE) return;
      after = [last.sort_date, last.id];
    }
  }

  async getFetch(id: number): Promise<FetchRecord | null> {
    const row = this.db.prepare<[number], FetchRow>('SELECT * FROM fetches WHERE id = ?').get(id);
    return row ? toFetchRecord(row) : null;
  }

  async getBlob(sha256: string): Promise<Uint8Array | null> {
    return getBlob(this.db, sha256);
  }

  // users, keys, sessions, audit (and the server's reads: attempts, overview) -------------

  async addUser(user: NewUser, now: string): Promise<UserRecord> {
    return access.addUser(this.db, user, now);
  }

  async getUserByName(name: string): Promise<UserRecord | null> {
    return access.userByName(this.db, name);
  }

  async getUserLogin(name: string): Promise<UserLogin | null> {
    return access.userLogin(this.db, name);
  }

  async listUsers(): Promise<UserRecord[]> {
    return access.listUsers(this.db);
  }

  async removeUser(name: string, now: string): Promise<UserRecord | null> {
    return removeUser(this.db, name, now);
  }

  async setUserRole(name: string, role: Role): Promise<UserRecord | null> {
    return setUserRole(this.db, name, role);
  }

  async addApiKey(key: NewApiKey, now: string): Promise<ApiKeyRecord> {
    return access.addApiKey(this.db, key, now);
  }

  async getApiKey(prefix: string): Promise<KeyLookup | null> {
    return access.keyByPrefix(this.db, prefix);
  }

  async listApiKeys(): Promise<ApiKeyRecord[]> {
    return access.listApiKeys(this.db);
  }

  async touchApiKey(id: number, now: string): Promise<void> {
    access.touchApiKey(this.db, id, now);
  }

  async revokeApiKey(prefix: string, now: string): Promise<boolean> {
    return access.revokeApiKey(this.db, prefix, now);
  }

  async hasCredentials(): Promise<boolean> {
    return access.hasCredentials(this.db);
  }

  async addSession(session: NewSession): Promise<void> {
    access.addSession(this.db, session);
  }

  async getSession(idHash: string, now: string): Promise<SessionLookup | null> {
    return access.sessionByHash(this.db, idHash, now);
  }

  async removeSession(idHash: string): Promise<boolean> {
    return access.removeSession(this.db, idHash);
  }

  async appendAudit(entry: NewAuditEntry): Promise<number> {
    return appendAudit(this.db, entry);
  }

  async listAudit(limit: number, beforeId: number | null): Promise<AuditEntry[]> {
    return listAudit(this.db, limit, beforeId);
  }

  async listAttempts(feedId: FeedId, limit: number, beforeId: number | null): Promise<AttemptRecord[]> {
    return listAttempts(this.db, feedId, limit, beforeId);
  }

  async archiveCounts(since: string): Promise<ArchiveCounts> {
    return archiveCounts(this.db, since);
  }

  async itemsPerDay(since: string): Promise<DayCount[]> {
    return itemsPerDay(this.db, since);
  }

  async recentItems(limit: number): Promise<StoredItem[]> {
    return recentItems(this.db, limit);
  }

  // end of users, keys, sessions, audit -----------------------------------------------------

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

// The embedded store: SQLite through better-sqlite3, the zero-set-up default.
import type Database from 'better-sqlite3';
import type {
  FeedId,
  FeedRecord,
  FeedSchedule,
  FetchAttempt,
  FetchRecord,
  ItemDetail,
  ItemId,
  SearchResult,
  StoredItem,
} from '../../model/index.ts';
import type {
  ArticleText,
  AttemptUpdate,
  SourceBytes,
  ExportRequest,
  ImportInput,
  ImportOutcome,
  NewFeed,
  SearchRequest,
  Store,
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
} from './feeds.ts';
import { getBlob } from './blobs.ts';
import { NearDuplicateLinker } from './near-duplicate-linker.ts';
import { addArticleVersion, archiveResponse } from './responses.ts';
import { importFeed } from './import-feed.ts';
import { readItemDetail } from './item-detail.ts';
import { prepareItemStatements, type ItemStatements } from './item-statements.ts';
import { openDatabase } from './open-database.ts';
import {
  toFeedRecord,
  toFetchRecord,
  toStoredItem,
  type FeedRow,
  type FetchRow,
  type ItemRow,
} from './rows.ts';
import { filtersOf, searchItems } from './search.ts';

const EXPORT_PAGE = 500;

export class SqliteStore implements Store {
  private readonly statements: ItemStatements;
  private readonly linker: NearDuplicateLinker;

  private constructor(private readonly db: Database.Database) {
    this.statements = prepareItemStatements(db);
    this.linker = new NearDuplicateLinker(this.statements);
  }

  /** Returns a store on the SQLite file at path, created and migrated as needed. */
  static open(path: string): SqliteStore {
    return new SqliteStore(openDatabase(path));
  }

  async importFeed(input: ImportInput): Promise<ImportOutcome> {
    try {
      return importFeed(this.db, this.statements, this.linker, input);
    } catch (err) {
      this.linker.clear();
      throw err;
    }
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

  async recordAttempt(attempt: FetchAttempt, update: AttemptUpdate): Promise<void> {
    recordAttempt(this.db, attempt, update);
  }

  async moveFeed(id: FeedId, newUrl: string, reason: string, now: string): Promise<void> {
    moveFeed(this.db, id, newUrl, reason, now);
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
    return searchItems(this.db, request);
  }

  async *exportItems(request: ExportRequest): AsyncIterable<StoredItem> {
    // Pages by (date, id) rather than one open cursor, so that callers may use the store
    // between items (an open better-sqlite3 iterator holds the connection).
    const { where, params } = filtersOf(request);
    const from = request.query ? 'items_fts JOIN items i ON i.id = items_fts.rowid' : 'items i';
    const statement = this.db.prepare<unknown[], ItemRow & { sort_date: string }>(
      `SELECT i.*, coalesce(i.published_at, i.first_seen_at) AS sort_date FROM ${from}
       WHERE ${where} AND (coalesce(i.published_at, i.first_seen_at), i.id) > (?, ?) ORDER BY sort_date, i.id LIMIT ${EXPORT_PAGE}`,
    );
    let after: [string, number] = ['', 0];
    for (;;) {
      const page = statement.all(...params, ...after);
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

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

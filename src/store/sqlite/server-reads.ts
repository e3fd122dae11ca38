// Reads the server's pages need beyond the pipeline's: fetch attempts per feed, and the
// overview's counts, items per day and newest items.
import type Database from 'better-sqlite3';
import { asFeedId, asFetchId, type StoredItem } from '../../model/index.ts';
import type { ArchiveCounts, AttemptRecord, DayCount } from '../store.ts';
import { toStoredItem, type ItemRow } from './rows.ts';

interface AttemptRow {
  id: number;
  feed_id: number;
  started_at: string;
  duration_ms: number;
  outcome: string;
  code: string | null;
  message: string | null;
  http_status: number | null;
  final_url: string | null;
  fetch_id: number | null;
  http_headers: string | null;
  sha256: string | null;
  byte_length: number | null;
  body_truncated: number;
}

const toAttempt = (r: AttemptRow): AttemptRecord => ({
  id: r.id,
  feedId: asFeedId(r.feed_id),
  startedAt: r.started_at,
  durationMs: r.duration_ms,
  outcome: r.outcome as AttemptRecord['outcome'],
  code: r.code,
  message: r.message,
  httpStatus: r.http_status,
  finalUrl: r.final_url,
  fetchId: r.fetch_id === null ? null : asFetchId(r.fetch_id),
  httpHeaders: r.http_headers === null ? null : (JSON.parse(r.http_headers) as Record<string, string>),
  sha256: r.sha256,
  byteLength: r.byte_length,
  isBodyTruncated: r.body_truncated === 1,
});

/** Returns up to limit attempts of a feed with ids below beforeId (all when null), newest first. */
export function listAttempts(
  db: Database.Database,
  feedId: number,
  limit: number,
  beforeId: number | null,
): AttemptRecord[] {
  return db
    .prepare<[number, number, number], AttemptRow>(
      'SELECT * FROM fetch_attempts WHERE feed_id = ? AND id < ? ORDER BY id DESC LIMIT ?',
    )
    .all(feedId, beforeId ?? Number.MAX_SAFE_INTEGER, limit)
    .map(toAttempt);
}

/** Returns how many items, feeds, failing feeds and fetches the archive holds, and items first seen since. */
export function archiveCounts(db: Database.Database, since: string): ArchiveCounts {
  const one = (sql: string, ...params: string[]) =>
    db.prepare<string[], { n: number }>(sql).get(...params)?.n ?? 0;
  return {
    items: one('SELECT count(*) AS n FROM items'),
    itemsSince: one('SELECT count(*) AS n FROM items WHERE first_seen_at >= ?', since),
    feeds: one('SELECT count(*) AS n FROM feeds WHERE removed_at IS NULL'),
    failingFeeds: one("SELECT count(*) AS n FROM feeds WHERE removed_at IS NULL AND state = 'failing'"),
    fetches: one('SELECT count(*) AS n FROM fetches'),
  };
}

/** Returns the number of items per UTC day (published, else first seen) from since on, by day. */
export function itemsPerDay(db: Database.Database, since: string): DayCount[] {
  return db
    .prepare<[string], { day: string; count: number }>(
      `SELECT substr(coalesce(published_at, first_seen_at), 1, 10) AS day, count(*) AS count
       FROM items WHERE coalesce(published_at, first_seen_at) >= ? GROUP BY day ORDER BY day`,
    )
    .all(since);
}

/** Returns the limit items newswatch saw most recently, newest first. */
export function recentItems(db: Database.Database, limit: number): StoredItem[] {
  return db
    .prepare<[number], ItemRow>('SELECT * FROM items WHERE duplicate_of IS NULL ORDER BY id DESC LIMIT ?')
    .all(limit)
    .map(toStoredItem);
}

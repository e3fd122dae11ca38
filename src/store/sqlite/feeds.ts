// Feeds as subscriptions: adding, removing, what is due, what each attempt changed.
import type Database from 'better-sqlite3';
import {
  AppError,
  asFeedId,
  type FeedRecord,
  type FeedSchedule,
  type AttemptResponse,
  type FeedUrlChange,
  type FetchAttempt,
} from '../../model/index.ts';
import type { AttemptUpdate, NewFeed } from '../store.ts';
import { putBlob, sha256Of } from './blobs.ts';
import { toFeedRecord, type FeedRow } from './rows.ts';

export const FEED_SELECT =
  'SELECT f.*, (SELECT count(*) FROM items i WHERE i.feed_id = f.id) AS item_count FROM feeds f';
const RECENT_ITEMS = 20;

/** Returns the feed with this URL, or null. */
export function feedByUrl(db: Database.Database, url: string): FeedRecord | null {
  const row = db.prepare<[string], FeedRow>(`${FEED_SELECT} WHERE f.url = ?`).get(url);
  return row ? toFeedRecord(row) : null;
}

/** Subscribes to a feed (again, if it was removed); returns it. Throws when already subscribed. */
export function addFeed(db: Database.Database, feed: NewFeed, now: string): FeedRecord {
  return db
    .transaction(() => {
      const existing = feedByUrl(db, feed.url);
      if (existing && existing.removedAt === null && existing.kind === 'http') {
        throw new AppError('input.feed_exists', `feeds: ${feed.url} is already feed #${existing.id}`, {
          feedId: existing.id,
        });
      }
      if (existing) {
        db.prepare(
          `UPDATE feeds SET kind = 'http', removed_at = NULL, state = 'active', next_fetch_at = ?,
        interval_seconds = ?, fetch_full_text = ?, title = coalesce(title, ?) WHERE id = ?`,
        ).run(now, feed.intervalSeconds ?? null, feed.fetchFullText ? 1 : 0, feed.title ?? null, existing.id);
      } else {
        db.prepare(
          `INSERT INTO feeds (url, kind, title, site_url, created_at, next_fetch_at, interval_seconds, fetch_full_text)
        VALUES (?, 'http', ?, ?, ?, ?, ?, ?)`,
        ).run(
          feed.url,
          feed.title ?? null,
          feed.siteUrl ?? null,
          now,
          now,
          feed.intervalSeconds ?? null,
          feed.fetchFullText ? 1 : 0,
        );
      }
      return feedByUrl(db, feed.url) as FeedRecord;
    })
    .immediate();
}

/** Unsubscribes a feed; its items and fetches stay. Returns false when there is no such feed. */
export function removeFeed(db: Database.Database, id: number, now: string): boolean {
  return (
    db.prepare('UPDATE feeds SET removed_at = ? WHERE id = ? AND removed_at IS NULL').run(now, id).changes ===
    1
  );
}

interface ScheduleRow extends FeedRow {
  recent: string | null;
}

/** Returns the subscribed feeds due at now, most overdue first. */
export function dueFeeds(db: Database.Database, now: string, limit: number): FeedSchedule[] {
  const rows = db
    .prepare<[number, string, number], ScheduleRow>(
      `SELECT f.*, 0 AS item_count,
         (SELECT json_group_array(first_seen_at) FROM (SELECT first_seen_at FROM items WHERE feed_id = f.id ORDER BY id DESC LIMIT ?)) AS recent
       FROM feeds f
       WHERE f.kind = 'http' AND f.removed_at IS NULL AND f.state <> 'paused' AND coalesce(f.next_fetch_at, '') <= ?
       ORDER BY f.next_fetch_at LIMIT ?`,
    )
    .all(RECENT_ITEMS, now, limit);
  return rows.map((r) => ({
    feedId: asFeedId(r.id),
    url: r.url,
    etag: r.etag,
    lastModified: r.last_modified,
    lastFullFetchAt: r.last_full_fetch_at,
    intervalSeconds: r.interval_seconds,
    errorCount: r.error_count,
    redirectTarget: r.redirect_target,
    redirectSeen: r.redirect_seen,
    redirectFirstSeenAt: r.redirect_first_seen_at,
    fetchFullText: r.fetch_full_text === 1,
    recentItemTimes: r.recent ? (JSON.parse(r.recent) as string[]) : [],
  }));
}

/** Returns the earliest next fetch time among subscribed feeds, or null. */
export function nextDueAt(db: Database.Database): string | null {
  return (
    db
      .prepare<[], { t: string | null }>(
        "SELECT min(next_fetch_at) AS t FROM feeds WHERE kind = 'http' AND removed_at IS NULL AND state <> 'paused'",
      )
      .get()?.t ?? null
  );
}

/**
 * Records an attempt and applies what it changed to the feed's schedule and state; the response
 * (when one arrived) keeps its headers, and its body goes to the blobs under its sha256.
 */
export function recordAttempt(
  db: Database.Database,
  attempt: FetchAttempt,
  update: AttemptUpdate,
  response: AttemptResponse | null = null,
): void {
  db.transaction(() => {
    const body = response?.body ?? null;
    const sha256 = body ? sha256Of(body) : null;
    if (body && sha256) putBlob(db, body, sha256);
    db.prepare(
      `INSERT INTO fetch_attempts (feed_id, started_at, duration_ms, outcome, code, message, http_status, final_url, fetch_id,
        http_headers, sha256, byte_length, body_truncated)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      attempt.feedId,
      attempt.startedAt,
      attempt.durationMs,
      attempt.outcome,
      attempt.code,
      attempt.message,
      attempt.httpStatus,
      attempt.finalUrl,
      attempt.fetchId,
      response ? JSON.stringify(response.headers) : null,
      sha256,
      body ? body.byteLength : null,
      body && response?.isBodyTruncated ? 1 : 0,
    );
    const isError = attempt.outcome === 'error';
    db.prepare(
      `UPDATE feeds SET last_attempt_at = ?, next_fetch_at = ?, last_status = ?,
        etag = CASE WHEN ? THEN etag ELSE ? END, last_modified = CASE WHEN ? THEN last_modified ELSE ? END,
        last_full_fetch_at = coalesce(?, last_full_fetch_at),
        error_count = CASE WHEN ? THEN error_count + 1 ELSE 0 END,
        state = CASE WHEN ? THEN 'failing' ELSE 'active' END,
        last_error_code = CASE WHEN ? THEN ? ELSE last_error_code END,
        last_error_message = CASE WHEN ? THEN ? ELSE last_error_message END,
        last_success_at = CASE WHEN ? THEN ? ELSE last_success_at END,
        redirect_target = ?, redirect_seen = ?, redirect_first_seen_at = ?
      WHERE id = ?`,
    ).run(
      attempt.startedAt,
      update.nextFetchAt,
      attempt.httpStatus,
      isError ? 1 : 0,
      update.etag,
      isError ? 1 : 0,
      update.lastModified,
      update.isFullFetch ? attempt.startedAt : null,
      isError ? 1 : 0,
      isError ? 1 : 0,
      isError ? 1 : 0,
      attempt.code,
      isError ? 1 : 0,
      attempt.message,
      isError ? 0 : 1,
      attempt.startedAt,
      update.redirect.target,
      update.redirect.seen,
      update.redirect.firstSeenAt,
      attempt.feedId,
    );
  }).immediate();
}

/** Moves a feed to a new URL, keeping the old one in its history. */
export function moveFeed(
  db: Database.Database,
  id: number,
  newUrl: string,
  reason: string,
  now: string,
): void {
  db.transaction(() => {
    const row = db.prepare<[number], { url: string }>('SELECT url FROM feeds WHERE id = ?').get(id);
    if (!row || row.url === newUrl) return;
    if (feedByUrl(db, newUrl))
      throw new AppError(
        'store.feed_exists',
        `store: cannot move feed #${id} to ${newUrl}: another feed has that URL`,
      );
    db.prepare(
      'INSERT INTO feed_url_history (feed_id, old_url, new_url, changed_at, reason) VALUES (?, ?, ?, ?, ?)',
    ).run(id, row.url, newUrl, now, reason);
    db.prepare(
      'UPDATE feeds SET url = ?, redirect_target = NULL, redirect_seen = 0, redirect_first_seen_at = NULL WHERE id = ?',
    ).run(newUrl, id);
  }).immediate();
}

/** Returns a feed's earlier URLs, oldest first. */
export function urlHistory(db: Database.Database, id: number): FeedUrlChange[] {
  return db
    .prepare<[number], { old_url: string; new_url: string; changed_at: string; reason: string }>(
      'SELECT old_url, new_url, changed_at, reason FROM feed_url_history WHERE feed_id = ? ORDER BY id',
    )
    .all(id)
    .map((r) => ({ oldUrl: r.old_url, newUrl: r.new_url, changedAt: r.changed_at, reason: r.reason }));
}

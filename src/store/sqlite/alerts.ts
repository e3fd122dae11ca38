// Monitors and the log of what they delivered, so that each item alerts once per channel.
import type Database from 'better-sqlite3';
import { AppError, asEntityId, asItemId, asWatchlistId, type AlertRecord } from '../../model/index.ts';
import type { ItemNaming, NewAlert } from '../store.ts';

interface AlertRow {
  id: number;
  name: string;
  kind: 'search' | 'watchlist';
  query: string | null;
  watchlist_id: number | null;
  channels: string;
  created_at: string;
  last_run_at: string | null;
}

const toAlert = (r: AlertRow): AlertRecord => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  query: r.query,
  watchlistId: r.watchlist_id === null ? null : asWatchlistId(r.watchlist_id),
  channels: JSON.parse(r.channels),
  createdAt: r.created_at,
  lastRunAt: r.last_run_at,
});

/** Stores a monitor; throws when one with that name exists. */
export function saveAlert(db: Database.Database, alert: NewAlert, now: string): AlertRecord {
  if (db.prepare('SELECT 1 FROM alerts WHERE name = ? AND removed_at IS NULL').get(alert.name)) {
    throw new AppError('input.alert_exists', `alerts: an alert named "${alert.name}" exists already`);
  }
  db.prepare('DELETE FROM alert_deliveries WHERE alert_id IN (SELECT id FROM alerts WHERE name = ?)').run(
    alert.name,
  );
  db.prepare('DELETE FROM alerts WHERE name = ?').run(alert.name);
  const id = db
    .prepare(
      'INSERT INTO alerts (name, kind, query, watchlist_id, channels, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(
      alert.name,
      alert.kind,
      alert.query,
      alert.watchlistId,
      JSON.stringify(alert.channels),
      now,
    ).lastInsertRowid;
  return toAlert(
    db.prepare<[number], AlertRow>('SELECT * FROM alerts WHERE id = ?').get(Number(id)) as AlertRow,
  );
}

/** Returns the active monitors. */
export function listAlerts(db: Database.Database): AlertRecord[] {
  return db
    .prepare<[], AlertRow>('SELECT * FROM alerts WHERE removed_at IS NULL ORDER BY id')
    .all()
    .map(toAlert);
}

/** Returns the active monitor with this name (or #id), or null. */
export function alertByRef(db: Database.Database, ref: string): AlertRecord | null {
  const byId = /^#?(\d+)$/.exec(ref);
  const row = byId
    ? db
        .prepare<[number], AlertRow>('SELECT * FROM alerts WHERE id = ? AND removed_at IS NULL')
        .get(Number(byId[1]))
    : db.prepare<[string], AlertRow>('SELECT * FROM alerts WHERE name = ? AND removed_at IS NULL').get(ref);
  return row ? toAlert(row) : null;
}

/** Retires a monitor (its delivery log stays); returns false when there was none. */
export function removeAlert(db: Database.Database, id: number, now: string): boolean {
  return (
    db.prepare('UPDATE alerts SET removed_at = ? WHERE id = ? AND removed_at IS NULL').run(now, id)
      .changes === 1
  );
}

/** Returns the items among itemIds already delivered on a channel. */
export function deliveredItems(
  db: Database.Database,
  alertId: number,
  channel: string,
  itemIds: readonly number[],
): Set<number> {
  const rows = db
    .prepare<[number, string, string], { item_id: number }>(
      "SELECT item_id FROM alert_deliveries WHERE alert_id = ? AND channel = ? AND outcome = 'ok' AND item_id IN (SELECT value FROM json_each(?))",
    )
    .all(alertId, channel, JSON.stringify(itemIds));
  return new Set(rows.map((r) => r.item_id));
}

/** Records that items were delivered (or failed to be) on a channel, and when the monitor ran. */
export function recordDeliveries(
  db: Database.Database,
  alertId: number,
  channel: string,
  itemIds: readonly number[],
  outcome: string,
  at: string,
): void {
  db.transaction(() => {
    const insert = db.prepare(
      'INSERT OR REPLACE INTO alert_deliveries (alert_id, item_id, channel, at, outcome) VALUES (?, ?, ?, ?, ?)',
    );
    for (const id of itemIds) insert.run(alertId, id, channel, at, outcome);
    db.prepare('UPDATE alerts SET last_run_at = ? WHERE id = ?').run(at, alertId);
  }).immediate();
}

interface NamingRow {
  id: number;
  title: string | null;
  url: string | null;
  published: string;
  source_name: string;
  text: string;
  entity_id: number;
  duplicates: number;
  source_sha256: string;
}

/** Returns items first seen since a time that name any of the entities, newest first. */
export function recentItemsNaming(
  db: Database.Database,
  entityIds: readonly number[],
  firstSeenSince: string,
  limit: number,
): ItemNaming[] {
  if (entityIds.length === 0) return [];
  return db
    .prepare<[string, string, number], NamingRow>(
      `SELECT i.id, i.title, i.url, coalesce(i.published_at, i.first_seen_at) AS published, i.source_name, i.text,
              min(m.entity_id) AS entity_id, 0 AS duplicates, f.sha256 AS source_sha256
       FROM mentions m JOIN items i ON i.id = m.item_id JOIN fetches f ON f.id = i.first_fetch_id
       WHERE m.entity_id IN (SELECT value FROM json_each(?)) AND i.first_seen_at >= ? AND i.duplicate_of IS NULL
       GROUP BY i.id ORDER BY i.first_seen_at DESC LIMIT ?`,
    )
    .all(JSON.stringify(entityIds), firstSeenSince, limit)
    .map((r) => ({
      hit: {
        itemId: asItemId(r.id),
        title: r.title,
        link: r.url,
        published: r.published,
        source: r.source_name,
        snippet: r.text.slice(0, 240),
        score: 0,
        duplicates: r.duplicates,
        sourceSha256: r.source_sha256,
      },
      entityId: asEntityId(r.entity_id),
    }));
}

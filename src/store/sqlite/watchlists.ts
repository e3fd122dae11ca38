// Watchlists, their entries, and analysts' verdicts on matches.
import type Database from 'better-sqlite3';
import {
  AppError,
  asWatchlistId,
  type MatchDecision,
  type StoredWatchlist,
  type StoredWatchlistEntry,
  type WatchlistEntry,
  type WatchlistSchema,
} from '../../model/index.ts';
import type { NewWatchlist } from '../store.ts';

interface ListRow {
  id: number;
  name: string;
  source: string;
  format: 'csv' | 'ftm';
  created_at: string;
  entry_count: number;
}
interface EntryRow {
  id: number;
  watchlist_id: number;
  line: number;
  name: string;
  aliases: string;
  countries: string;
  identifier: string | null;
  notes: string | null;
  schema: string | null;
  extra: string;
}

const LIST_SELECT =
  'SELECT w.*, (SELECT count(*) FROM watchlist_entries e WHERE e.watchlist_id = w.id) AS entry_count FROM watchlists w';

const toList = (r: ListRow): StoredWatchlist => ({
  id: asWatchlistId(r.id),
  name: r.name,
  source: r.source,
  format: r.format,
  createdAt: r.created_at,
  entryCount: r.entry_count,
});

const toEntry = (r: EntryRow): StoredWatchlistEntry => ({
  id: r.id,
  watchlistId: asWatchlistId(r.watchlist_id),
  line: r.line,
  name: r.name,
  aliases: JSON.parse(r.aliases),
  countries: JSON.parse(r.countries),
  identifier: r.identifier,
  notes: r.notes,
  schema: r.schema as WatchlistSchema | null,
  extra: JSON.parse(r.extra),
});

/** Stores a watchlist, replacing the entries of one with the same name; returns it. */
export function saveWatchlist(db: Database.Database, list: NewWatchlist, now: string): StoredWatchlist {
  return db
    .transaction(() => {
      db.prepare(
        'INSERT INTO watchlists (name, source, format, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET source = excluded.source, format = excluded.format',
      ).run(list.name, list.source, list.format, now);
      const id = (
        db.prepare<[string], { id: number }>('SELECT id FROM watchlists WHERE name = ?').get(list.name) as {
          id: number;
        }
      ).id;
      db.prepare('DELETE FROM watchlist_entries WHERE watchlist_id = ?').run(id);
      const insert = db.prepare(
        `INSERT INTO watchlist_entries (watchlist_id, line, name, aliases, countries, identifier, notes, schema, extra)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const e of list.entries) insertEntry(insert, id, e);
      return toList(db.prepare<[number], ListRow>(`${LIST_SELECT} WHERE w.id = ?`).get(id) as ListRow);
    })
    .immediate();
}

function insertEntry(insert: Database.Statement, id: number, e: WatchlistEntry): void {
  insert.run(
    id,
    e.line,
    e.name,
    JSON.stringify(e.aliases),
    JSON.stringify(e.countries),
    e.identifier,
    e.notes,
    e.schema,
    JSON.stringify(e.extra),
  );
}

/** Returns every watchlist with its entry count. */
export function listWatchlists(db: Database.Database): StoredWatchlist[] {
  return db.prepare<[], ListRow>(`${LIST_SELECT} ORDER BY w.name`).all().map(toList);
}

/** Returns the watchlist named (or numbered) ref, or null. */
export function watchlistByRef(db: Database.Database, ref: string): StoredWatchlist | null {
  const row = /^#?\d+$/.test(ref)
    ? db.prepare<[number], ListRow>(`${LIST_SELECT} WHERE w.id = ?`).get(Number(ref.replace('#', '')))
    : db.prepare<[string], ListRow>(`${LIST_SELECT} WHERE w.name = ?`).get(ref);
  return row ? toList(row) : null;
}

/** Returns a watchlist's entries in file order. */
export function watchlistEntries(db: Database.Database, id: number): StoredWatchlistEntry[] {
  return db
    .prepare<[number], EntryRow>('SELECT * FROM watchlist_entries WHERE watchlist_id = ? ORDER BY line, id')
    .all(id)
    .map(toEntry);
}

/** Deletes a watchlist, its entries and its alerts; analysts' decisions stay, keyed by names. */
export function removeWatchlist(db: Database.Database, id: number): boolean {
  return db
    .transaction(() => {
      db.prepare(
        'DELETE FROM alert_deliveries WHERE alert_id IN (SELECT id FROM alerts WHERE watchlist_id = ?)',
      ).run(id);
      db.prepare('DELETE FROM alerts WHERE watchlist_id = ?').run(id);
      return db.prepare('DELETE FROM watchlists WHERE id = ?').run(id).changes === 1;
    })
    .immediate();
}

/** Records a verdict on a match. */
export function recordMatchDecision(db: Database.Database, d: MatchDecision): void {
  if (!d.entryRef || !d.entityKey)
    throw new AppError('input.bad_decision', 'screen: a decision needs an entry and an entity');
  db.prepare(
    'INSERT INTO match_decisions (entry_ref, entity_key, decision, reason, actor, at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(d.entryRef, d.entityKey, d.decision, d.reason, d.actor, d.at);
}

/** Returns the latest verdict on each pair among entryRefs. */
export function latestDecisions(db: Database.Database, entryRefs: readonly string[]): MatchDecision[] {
  if (entryRefs.length === 0) return [];
  const rows = db
    .prepare<
      [string],
      {
        entry_ref: string;
        entity_key: string;
        decision: 'confirmed' | 'rejected';
        reason: string | null;
        actor: string;
        at: string;
      }
    >(
      `SELECT d.* FROM match_decisions d WHERE d.entry_ref IN (SELECT value FROM json_each(?))
       AND d.id = (SELECT max(id) FROM match_decisions x WHERE x.entry_ref = d.entry_ref AND x.entity_key = d.entity_key)`,
    )
    .all(JSON.stringify(entryRefs));
  return rows.map((r) => ({
    entryRef: r.entry_ref,
    entityKey: r.entity_key,
    decision: r.decision,
    reason: r.reason,
    actor: r.actor,
    at: r.at,
  }));
}

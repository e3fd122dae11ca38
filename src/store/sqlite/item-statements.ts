// Prepared statements for writing items, their full-text entries and their LSH bands; re-indexing.
import type Database from 'better-sqlite3';
import type { ItemRow } from './rows.ts';

export interface ItemValues {
  feed_id: number;
  item_key: string;
  guid: string | null;
  url: string | null;
  canonical_url: string | null;
  title: string | null;
  summary_html: string | null;
  content_html: string | null;
  text: string;
  source_name: string;
  authors: string;
  categories: string;
  enclosures: string;
  language: string | null;
  language_detected: number;
  truncated: number;
  published_raw: string | null;
  published_at: string | null;
  updated_raw: string | null;
  updated_at: string | null;
  content_hash: string;
}

const ITEM_COLUMNS = [
  'feed_id',
  'item_key',
  'guid',
  'url',
  'canonical_url',
  'title',
  'summary_html',
  'content_html',
  'text',
  'source_name',
  'authors',
  'categories',
  'enclosures',
  'language',
  'language_detected',
  'truncated',
  'published_raw',
  'published_at',
  'updated_raw',
  'updated_at',
  'content_hash',
] as const;
const CHANGEABLE = ITEM_COLUMNS.filter((c) => c !== 'feed_id' && c !== 'item_key');

/** Returns the statements an import uses, prepared once per database. */
export function prepareItemStatements(db: Database.Database) {
  return {
    findByKey: db.prepare<[number, string], ItemRow>(
      'SELECT * FROM items WHERE feed_id = ? AND item_key = ?',
    ),
    insert: db.prepare<[ItemValues & { seen_at: string; fetch_id: number }]>(
      `INSERT INTO items (${ITEM_COLUMNS.join(', ')}, first_seen_at, last_seen_at, version_seen_at, first_fetch_id, last_fetch_id)
       VALUES (${ITEM_COLUMNS.map((c) => `@${c}`).join(', ')}, @seen_at, @seen_at, @seen_at, @fetch_id, @fetch_id)`,
    ),
    replace: db.prepare<[ItemValues & { id: number; seen_at: string; fetch_id: number }]>(
      `UPDATE items SET ${CHANGEABLE.map((c) => `${c} = @${c}`).join(', ')}, version = version + 1,
       version_seen_at = @seen_at, analyzed_version = NULL, last_seen_at = @seen_at, last_fetch_id = @fetch_id, removed_at = NULL WHERE id = @id`,
    ),
    markSeen: db.prepare<[string, number, number]>(
      'UPDATE items SET last_seen_at = ?, last_fetch_id = ?, removed_at = NULL WHERE id = ?',
    ),
    keepVersion: db.prepare(
      `INSERT INTO item_versions (item_id, version, seen_at, fetch_id, title, url, text, summary_html, content_html, replaced_at, changed_fields)
       VALUES (@item_id, @version, @seen_at, @fetch_id, @title, @url, @text, @summary_html, @content_html, @replaced_at, @changed_fields)`,
    ),
    ftsInsert: db.prepare<[number, string | null, string, string]>(
      'INSERT INTO items_fts (rowid, title, text, source_name) VALUES (?, ?, ?, ?)',
    ),
    ftsDelete: db.prepare<[number, string | null, string, string]>(
      "INSERT INTO items_fts (items_fts, rowid, title, text, source_name) VALUES ('delete', ?, ?, ?, ?)",
    ),
    copiesInsert: db.prepare<[number, string | null, string, string]>(
      'INSERT INTO copies_fts (rowid, title, text, source_name) VALUES (?, ?, ?, ?)',
    ),
    copiesDelete: db.prepare<[number, string | null, string, string]>(
      "INSERT INTO copies_fts (copies_fts, rowid, title, text, source_name) VALUES ('delete', ?, ?, ?, ?)",
    ),
    insertBand: db.prepare<[number, number]>(
      'INSERT OR IGNORE INTO near_dup_bands (band_key, item_id) VALUES (?, ?)',
    ),
    deleteBands: db.prepare<[number]>('DELETE FROM near_dup_bands WHERE item_id = ?'),
    // Candidates from other feeds only: a feed's own items are told apart by identity.
    // The newest items in one LSH bucket; a bucket crowded by boilerplate is read only so far.
    bandMembers: db.prepare<[number], { item_id: number }>(
      'SELECT item_id FROM near_dup_bands WHERE band_key = ? ORDER BY item_id DESC LIMIT 8',
    ),
    candidateText: db.prepare<
      [number],
      { id: number; feed_id: number; title: string | null; text: string; duplicate_of: number | null }
    >('SELECT id, feed_id, title, text, duplicate_of FROM items WHERE id = ?'),
    linkDuplicate: db.prepare<[number, number, number]>(
      'UPDATE items SET duplicate_of = ?, duplicate_similarity = ? WHERE id = ?',
    ),
    recordEvent: db.prepare<[number, string, string, number]>(
      'INSERT INTO item_events (item_id, kind, at, fetch_id) VALUES (?, ?, ?, ?)',
    ),
  };
}

export type ItemStatements = ReturnType<typeof prepareItemStatements>;

/** The indexed values of an item as stored before a change. */
export type IndexedItem = Pick<ItemRow, 'id' | 'title' | 'text' | 'source_name' | 'duplicate_of'>;

/**
 * Indexes a new item: an original in items_fts, a near-duplicate (linked as a copy) in
 * copies_fts, so that each index holds exactly its half of the items.
 */
export function indexNewItem(s: ItemStatements, item: IndexedItem): void {
  const insert = item.duplicate_of === null ? s.ftsInsert : s.copiesInsert;
  insert.run(item.id, item.title, item.text, item.source_name);
}

/**
 * Re-indexes an item whose title or text changed, in the index that holds it (items_fts for
 * duplicate_of IS NULL, copies_fts otherwise). An FTS5 'delete' must be given the values the row
 * was indexed with, and only for a row that index holds: anything else corrupts it silently.
 */
export function reindexItem(s: ItemStatements, old: IndexedItem, title: string | null, text: string): void {
  const [remove, insert] =
    old.duplicate_of === null ? [s.ftsDelete, s.ftsInsert] : [s.copiesDelete, s.copiesInsert];
  remove.run(old.id, old.title, old.text, old.source_name);
  insert.run(old.id, title, text, old.source_name);
}

/** Keeps old as an earlier version of its item, replaced at replacedAt in the fields changed. */
export function keepVersion(
  s: ItemStatements,
  old: ItemRow,
  replacedAt: string,
  changed: readonly string[],
): void {
  s.keepVersion.run({
    item_id: old.id,
    version: old.version,
    seen_at: old.version_seen_at,
    fetch_id: old.last_fetch_id,
    title: old.title,
    url: old.url,
    text: old.text,
    summary_html: old.summary_html,
    content_html: old.content_html,
    replaced_at: replacedAt,
    changed_fields: JSON.stringify(changed),
  });
}

// An item with everything a citation needs: versions, removals, duplicates, provenance.
import type Database from 'better-sqlite3';
import { asFeedId, asItemId, type DuplicateRef, type ItemDetail, type ItemEvent } from '../../model/index.ts';
import { asFetchId } from '../../model/index.ts';
import {
  toFetchRecord,
  toItemVersion,
  toStoredItem,
  type FetchRow,
  type ItemRow,
  type VersionRow,
} from './rows.ts';

interface DuplicateRow {
  id: number;
  feed_id: number;
  source_name: string;
  title: string | null;
  url: string | null;
  duplicate_similarity: number | null;
}

const toRef = (r: DuplicateRow): DuplicateRef => ({
  itemId: asItemId(r.id),
  feedId: asFeedId(r.feed_id),
  sourceName: r.source_name,
  title: r.title,
  url: r.url,
  similarity: r.duplicate_similarity,
});

/** Returns the detail of item id, or null when there is no such item. */
export function readItemDetail(db: Database.Database, id: number): ItemDetail | null {
  const row = db.prepare<[number], ItemRow>('SELECT * FROM items WHERE id = ?').get(id);
  if (!row) return null;
  const versions = db
    .prepare<[number], VersionRow>('SELECT * FROM item_versions WHERE item_id = ? ORDER BY version')
    .all(id);
  const events = db
    .prepare<[number], { kind: ItemEvent['kind']; at: string; fetch_id: number }>(
      'SELECT kind, at, fetch_id FROM item_events WHERE item_id = ? ORDER BY id',
    )
    .all(id)
    .map((e) => ({ kind: e.kind, at: e.at, fetchId: asFetchId(e.fetch_id) }));
  const dupColumns = 'id, feed_id, source_name, title, url, duplicate_similarity';
  const canonical =
    row.duplicate_of === null
      ? undefined
      : db
          .prepare<[number], DuplicateRow>(`SELECT ${dupColumns} FROM items WHERE id = ?`)
          .get(row.duplicate_of);
  const duplicates = db
    .prepare<[number], DuplicateRow>(`SELECT ${dupColumns} FROM items WHERE duplicate_of = ? ORDER BY id`)
    .all(id);
  const fetchIds = [...new Set([row.first_fetch_id, row.last_fetch_id])];
  const provenance = fetchIds
    .map((f) => db.prepare<[number], FetchRow>('SELECT * FROM fetches WHERE id = ?').get(f))
    .filter((f): f is FetchRow => f !== undefined)
    .map(toFetchRecord);
  return {
    item: toStoredItem(row),
    versions: versions.map(toItemVersion),
    events,
    canonical: canonical ? { ...toRef(canonical), similarity: row.duplicate_similarity } : null,
    duplicates: duplicates.map(toRef),
    provenance,
  };
}

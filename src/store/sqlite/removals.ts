// An item that was in the previous fetch and is gone from this one, while items older than
// it are still listed, was removed by the publisher, not pushed off the end of the feed.
import type Database from 'better-sqlite3';
import type { ItemStatements } from './item-statements.ts';

const sortDate = 'coalesce(published_at, first_seen_at)';

/** Records removal events for items that vanished from among their neighbours; returns how many. */
export function recordRemovals(
  db: Database.Database,
  s: ItemStatements,
  feedId: number,
  previousFetchId: number,
  fetchId: number,
  at: string,
): number {
  const oldest = db
    .prepare<[number], { d: string | null }>(
      `SELECT min(${sortDate}) AS d FROM items WHERE last_fetch_id = ?`,
    )
    .get(fetchId)?.d;
  if (!oldest) return 0;
  const vanished = db
    .prepare<[number, number, string], { id: number }>(
      `SELECT id FROM items WHERE feed_id = ? AND last_fetch_id = ? AND removed_at IS NULL AND ${sortDate} >= ?`,
    )
    .all(feedId, previousFetchId, oldest);
  const mark = db.prepare<[string, number]>('UPDATE items SET removed_at = ? WHERE id = ?');
  for (const { id } of vanished) {
    mark.run(at, id);
    s.recordEvent.run(id, 'removed', at, fetchId);
  }
  return vanished.length;
}

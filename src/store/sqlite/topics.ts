// What items are about, read back: each item's themes with their triggers and its figures,
// themes counted per day, and the figures of the items a search selects.
import type Database from 'better-sqlite3';
import { asItemId, type Figure, type ThemeMatch } from '../../model/index.ts';
import type { ExportRequest, StoredFigure, ThemeCount } from '../store.ts';
import { armsOf, unionOfArms } from './search-arms.ts';

const DATE = 'coalesce(i.published_at, i.first_seen_at)';

export function itemThemes(db: Database.Database, itemId: number): ThemeMatch[] {
  return db
    .prepare<[number], { theme: string; label: string; triggers: string }>(
      'SELECT theme, label, triggers FROM item_themes WHERE item_id = ? ORDER BY theme',
    )
    .all(itemId)
    .map((r) => ({
      theme: r.theme,
      label: r.label,
      triggers: JSON.parse(r.triggers) as ThemeMatch['triggers'],
    }));
}

export function themeIds(db: Database.Database): string[] {
  return db
    .prepare<[], { theme: string }>('SELECT DISTINCT theme FROM item_themes ORDER BY theme')
    .all()
    .map((r) => r.theme);
}

export function itemFigures(db: Database.Database, itemId: number): Figure[] {
  return db
    .prepare<[number], { figure: string }>('SELECT figure FROM figures WHERE item_id = ? ORDER BY id')
    .all(itemId)
    .map((r) => JSON.parse(r.figure) as Figure);
}

/** Returns each theme's items per day, near-duplicates counted once, commonest theme first. */
export function themeCounts(db: Database.Database, since: string | null): ThemeCount[] {
  const rows = db
    .prepare<[string], { theme: string; label: string; day: string; n: number }>(
      `SELECT t.theme, t.label, substr(${DATE}, 1, 10) AS day, count(*) AS n
       FROM item_themes t JOIN items i ON i.id = t.item_id
       WHERE i.duplicate_of IS NULL AND ${DATE} >= ? GROUP BY t.theme, day ORDER BY t.theme, day`,
    )
    .all(since ?? '');
  const byTheme = new Map<
    string,
    { theme: string; label: string; items: number; perDay: Array<{ day: string; count: number }> }
  >();
  for (const r of rows) {
    const t = byTheme.get(r.theme) ?? { theme: r.theme, label: r.label, items: 0, perDay: [] };
    t.items += r.n;
    t.perDay.push({ day: r.day, count: r.n });
    byTheme.set(r.theme, t);
  }
  return [...byTheme.values()].sort((a, b) => b.items - a.items || a.theme.localeCompare(b.theme));
}

/** Returns the figures stated by the (at most limit, newest) items a request selects. */
export function figuresOf(
  db: Database.Database,
  request: ExportRequest,
  limit: number,
): { figures: StoredFigure[]; items: number } {
  const chosen = unionOfArms(
    armsOf(request),
    (a) => `SELECT i.id AS id, ${DATE} AS day FROM ${a.from} WHERE ${a.where}
            AND EXISTS (SELECT 1 FROM figures f WHERE f.item_id = i.id)`,
  );
  const rows = db
    .prepare<unknown[], { item_id: number; source_name: string; published: string; figure: string }>(
      `WITH chosen AS (${chosen.sql} ORDER BY day DESC LIMIT ?)
       SELECT f.item_id, i.source_name, ${DATE} AS published, f.figure
       FROM chosen c JOIN items i ON i.id = c.id JOIN figures f ON f.item_id = i.id
       ORDER BY published, f.id`,
    )
    .all(...chosen.params, limit);
  return {
    figures: rows.map((r) => ({
      itemId: asItemId(r.item_id),
      source: r.source_name,
      published: r.published,
      figure: JSON.parse(r.figure) as Figure,
    })),
    items: new Set(rows.map((r) => r.item_id)).size,
  };
}

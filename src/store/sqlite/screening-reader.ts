// What screening reads: every entity's names for the candidate index, the themes of the
// evidence, and the coverage of the archive (which feeds, how healthy, over which dates).
import type Database from 'better-sqlite3';
import { asEntityId, type CoverageFeed, type EntityId, type ThemeMatch } from '../../model/index.ts';
import type { EntityNames } from '../store.ts';

const DATE = 'coalesce(i.published_at, i.first_seen_at)';
/** Spellings kept per entity for matching: the most frequent ones. */
const SPELLINGS = 8;

/** Returns every canonical entity that is mentioned, with its aliases and commonest spellings. */
export function entityNames(db: Database.Database): EntityNames[] {
  const entities = db
    .prepare<[], { id: number; key: string; name: string; type: string }>(
      'SELECT e.id, e.key, e.name, e.type FROM entities e WHERE e.merged_into IS NULL AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)',
    )
    .all();
  const names = new Map<number, Set<string>>(entities.map((e) => [e.id, new Set<string>()]));
  for (const a of db
    .prepare<[], { entity_id: number; alias: string }>('SELECT entity_id, alias FROM entity_aliases')
    .all()) {
    names.get(a.entity_id)?.add(a.alias);
  }
  const spellings = db.prepare<[number], { text: string }>(
    `SELECT text FROM mentions WHERE entity_id = ? GROUP BY text ORDER BY count(*) DESC LIMIT ${SPELLINGS}`,
  );
  return entities.map((e) => {
    const set = names.get(e.id) as Set<string>;
    for (const s of spellings.all(e.id)) set.add(s.text);
    set.delete(e.name);
    return { id: asEntityId(e.id) as EntityId, key: e.key, name: e.name, type: e.type, aliases: [...set] };
  });
}

/** Returns the themes of each of these items, with their triggers; items without one are left out. */
export function themesOfItems(db: Database.Database, itemIds: readonly number[]): Map<number, ThemeMatch[]> {
  const out = new Map<number, ThemeMatch[]>();
  if (itemIds.length === 0) return out;
  const rows = db
    .prepare<[string], { item_id: number; theme: string; label: string; triggers: string }>(
      `SELECT item_id, theme, label, triggers FROM item_themes
       WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY item_id, theme`,
    )
    .all(JSON.stringify(itemIds));
  for (const r of rows) {
    const themes = out.get(r.item_id) ?? [];
    themes.push({
      theme: r.theme,
      label: r.label,
      triggers: JSON.parse(r.triggers) as ThemeMatch['triggers'],
    });
    out.set(r.item_id, themes);
  }
  return out;
}

/** Returns the feeds the archive holds items from, with their health and date range. */
export function coverage(db: Database.Database, since: string | null): CoverageFeed[] {
  return db
    .prepare<
      [string],
      {
        id: number;
        title: string | null;
        url: string;
        state: string;
        last_error_code: string | null;
        last_success_at: string | null;
        items: number;
        first_item: string | null;
        last_item: string | null;
      }
    >(
      `SELECT f.id, f.title, f.url, f.state, f.last_error_code, f.last_success_at,
              count(i.id) AS items, min(${DATE}) AS first_item, max(${DATE}) AS last_item
       FROM feeds f LEFT JOIN items i ON i.feed_id = f.id AND ${DATE} >= ?
       WHERE f.removed_at IS NULL GROUP BY f.id ORDER BY f.id`,
    )
    .all(since ?? '')
    .map((r) => ({
      feedId: r.id,
      title: r.title,
      url: r.url,
      state: r.state,
      lastErrorCode: r.last_error_code,
      lastSuccessAt: r.last_success_at,
      items: r.items,
      firstItem: r.first_item,
      lastItem: r.last_item,
    }));
}

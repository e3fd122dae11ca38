// Stories in the archive: where the clusterer put each item (with the state it carries on
// from), analysts' decisions, and the listings, details and timelines read back from them.
import type Database from 'better-sqlite3';
import {
  asEntityId,
  asItemId,
  asStoryId,
  type PendingStoryItem,
  type StoryDecisionRecord,
  type StoryDetail,
  type StoryItemRow,
  type StoryListing,
  type StoryPlacement,
} from '../../model/index.ts';
import type { NewStoryDecision, StoryListRequest } from '../store.ts';

const DATE = 'coalesce(i.published_at, i.first_seen_at)';

interface PendingRow {
  id: number;
  title: string | null;
  text: string;
  published: string | null;
  duplicate_of: number | null;
  keys: string | null;
}

const PENDING_COLUMNS = `i.id, i.title, i.text, i.published_at AS published, i.duplicate_of,
  (SELECT group_concat(DISTINCT e.key) FROM mentions m JOIN entities e ON e.id = m.entity_id
   WHERE m.item_id = i.id) AS keys`;

const toPending = (r: PendingRow): PendingStoryItem => ({
  id: asItemId(r.id),
  title: r.title ?? '',
  text: r.text,
  published: r.published,
  duplicateOf: r.duplicate_of === null ? null : asItemId(r.duplicate_of),
  entityKeys: r.keys === null ? [] : r.keys.split(','),
});

/** Returns up to limit analysed items no story holds yet, in the order they were first seen. */
export function pendingStoryItems(db: Database.Database, limit: number): PendingStoryItem[] {
  return db
    .prepare<[number], PendingRow>(
      `SELECT ${PENDING_COLUMNS} FROM items i
       WHERE i.analyzed_version IS NOT NULL AND NOT EXISTS (SELECT 1 FROM story_items s WHERE s.item_id = i.id)
       ORDER BY i.id LIMIT ?`,
    )
    .all(limit)
    .map(toPending);
}

/** Returns the items an analyst placed, with their stories' keys, in the order they were first seen. */
export function forcedStoryItems(db: Database.Database): Array<PendingStoryItem & { storyKey: string }> {
  return db
    .prepare<[], PendingRow & { story_key: string }>(
      `SELECT ${PENDING_COLUMNS}, st.key AS story_key FROM story_items s
       JOIN items i ON i.id = s.item_id JOIN stories st ON st.id = s.story_id
       WHERE s.forced = 1 ORDER BY i.id`,
    )
    .all()
    .map((r) => ({ ...toPending(r), storyKey: r.story_key }));
}

/** Returns the items with these ids as the clusterer sees them. */
export function storyDocuments(db: Database.Database, itemIds: readonly number[]): PendingStoryItem[] {
  const one = db.prepare<[number], PendingRow>(`SELECT ${PENDING_COLUMNS} FROM items i WHERE i.id = ?`);
  return itemIds.flatMap((id) => {
    const row = one.get(id);
    return row ? [toPending(row)] : [];
  });
}

export function clustererState(db: Database.Database): string | null {
  return (
    db.prepare<[], { state: string }>('SELECT state FROM clusterer_state WHERE id = 1').get()?.state ?? null
  );
}

function storyIdFor(db: Database.Database, key: string, headline: string, now: string): number {
  const found = db.prepare<[string], { id: number }>('SELECT id FROM stories WHERE key = ?').get(key);
  if (found) return found.id;
  return Number(
    db
      .prepare<[string, string, string]>('INSERT INTO stories (key, headline, created_at) VALUES (?, ?, ?)')
      .run(key, headline, now).lastInsertRowid,
  );
}

function place(
  db: Database.Database,
  placements: readonly StoryPlacement[],
  state: string,
  now: string,
): void {
  const put = db.prepare<[number, number, number, number]>(
    'INSERT OR REPLACE INTO story_items (item_id, story_id, score, forced) VALUES (?, ?, ?, ?)',
  );
  for (const p of placements)
    put.run(p.itemId, storyIdFor(db, p.storyKey, p.label, now), p.score, p.isForced ? 1 : 0);
  db.prepare(
    'DELETE FROM stories WHERE NOT EXISTS (SELECT 1 FROM story_items s WHERE s.story_id = stories.id)',
  ).run();
  db.prepare<[string, string]>(
    'INSERT INTO clusterer_state (id, state, saved_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, saved_at = excluded.saved_at',
  ).run(state, now);
}

/** Stores placements with the clusterer state that made them, in one transaction. */
export function saveStoryPlacements(
  db: Database.Database,
  placements: readonly StoryPlacement[],
  state: string,
  now: string,
): void {
  db.transaction(() => place(db, placements, state, now)).immediate();
}

/** Stores an analyst's decision with the placements it made and the clusterer's new state. */
export function recordStoryDecision(
  db: Database.Database,
  decision: NewStoryDecision,
  placements: readonly StoryPlacement[],
  state: string,
  now: string,
): number {
  return db
    .transaction(() => {
      const storyId = storyIdFor(db, decision.storyKey, decision.label ?? '', now);
      const otherId =
        decision.otherKey === null
          ? null
          : (db
              .prepare<[string], { id: number }>('SELECT id FROM stories WHERE key = ?')
              .get(decision.otherKey)?.id ?? null);
      db.prepare<[string, number, number | null, string, string, string]>(
        'INSERT INTO story_decisions (kind, story_id, other_id, detail, actor, at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(decision.kind, storyId, otherId, JSON.stringify(decision.detail), decision.actor, now);
      if (decision.label !== undefined)
        db.prepare<[string, number]>('UPDATE stories SET label = ? WHERE id = ?').run(
          decision.label,
          storyId,
        );
      place(db, placements, state, now);
      return storyId;
    })
    .immediate();
}

/**
 * Forgets where the clusterer put items, keeping what analysts decided: stories holding an
 * analyst's placements keep their ids under a key of their own (`a<id>`), the rest go.
 */
export function resetStories(db: Database.Database): void {
  db.transaction(() => {
    db.prepare('DELETE FROM story_items WHERE forced = 0').run();
    db.prepare(
      'DELETE FROM stories WHERE NOT EXISTS (SELECT 1 FROM story_items s WHERE s.story_id = stories.id)',
    ).run();
    db.prepare("UPDATE stories SET key = 'a' || id").run();
    db.prepare('DELETE FROM clusterer_state').run();
  }).immediate();
}

interface ListingRow {
  id: number;
  key: string;
  label: string | null;
  headline: string;
  items: number;
  outlets: number;
  first_seen: string;
  last_seen: string;
}

const LISTING = `SELECT st.id, st.key, st.label, st.headline, count(*) AS items,
    count(DISTINCT CASE WHEN i.duplicate_of IS NULL THEN i.feed_id END) AS outlets,
    min(${DATE}) AS first_seen, max(${DATE}) AS last_seen
  FROM stories st JOIN story_items s ON s.story_id = st.id JOIN items i ON i.id = s.item_id`;

const toListing = (r: ListingRow): StoryListing => ({
  id: asStoryId(r.id),
  key: r.key,
  label: r.label,
  headline: r.label ?? r.headline,
  items: r.items,
  outlets: r.outlets,
  firstSeen: r.first_seen,
  lastSeen: r.last_seen,
});

/** Returns stories with items since a date, latest activity first, and how many there are. */
export function listStories(
  db: Database.Database,
  request: StoryListRequest,
): { stories: StoryListing[]; total: number } {
  const having = request.since ? 'HAVING max(' + DATE + ') >= @since' : '';
  const minItems = request.minItems ?? 1;
  const rows = db
    .prepare<Record<string, unknown>, ListingRow>(
      `${LISTING} GROUP BY st.id ${having ? having + ' AND' : 'HAVING'} count(*) >= @minItems
       ORDER BY last_seen DESC, st.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ since: request.since ?? '', minItems, limit: request.limit, offset: request.offset ?? 0 });
  const total =
    db
      .prepare<Record<string, unknown>, { n: number }>(
        `SELECT count(*) AS n FROM (SELECT st.id FROM stories st JOIN story_items s ON s.story_id = st.id
         JOIN items i ON i.id = s.item_id GROUP BY st.id ${having ? having + ' AND' : 'HAVING'} count(*) >= @minItems)`,
      )
      .get({ since: request.since ?? '', minItems })?.n ?? 0;
  return { stories: rows.map(toListing), total };
}

/** Returns a story with its items in time order, main entities and themes, and decisions. */
export function storyDetail(db: Database.Database, id: number): Omit<StoryDetail, 'perDay'> | null {
  const row = db.prepare<[number], ListingRow>(`${LISTING} WHERE st.id = ? GROUP BY st.id`).get(id);
  if (!row) return null;
  const items = db
    .prepare<
      [number],
      {
        id: number;
        title: string | null;
        url: string | null;
        published: string;
        source_name: string;
        sha256: string;
        duplicate_of: number | null;
        score: number;
        forced: number;
      }
    >(
      `SELECT i.id, i.title, i.url, ${DATE} AS published, i.source_name, f.sha256, i.duplicate_of, s.score, s.forced
       FROM story_items s JOIN items i ON i.id = s.item_id JOIN fetches f ON f.id = i.first_fetch_id
       WHERE s.story_id = ? ORDER BY published, i.id`,
    )
    .all(id)
    .map((r): StoryItemRow => ({
      itemId: asItemId(r.id),
      title: r.title,
      url: r.url,
      published: r.published,
      source: r.source_name,
      sourceSha256: r.sha256,
      duplicateOf: r.duplicate_of === null ? null : asItemId(r.duplicate_of),
      score: r.score,
      isForced: r.forced === 1,
    }));
  const entities = db
    .prepare<[number], { id: number; name: string; type: string; items: number }>(
      `SELECT e.id, e.name, e.type, count(DISTINCT m.item_id) AS items
       FROM story_items s JOIN mentions m ON m.item_id = s.item_id JOIN entities e ON e.id = m.entity_id
       WHERE s.story_id = ? GROUP BY e.id ORDER BY items DESC, count(*) DESC, e.name LIMIT 10`,
    )
    .all(id)
    .map((e) => ({ ...e, id: asEntityId(e.id) }));
  const themes = db
    .prepare<[number], { theme: string; label: string; items: number }>(
      `SELECT t.theme, t.label, count(*) AS items FROM story_items s JOIN item_themes t ON t.item_id = s.item_id
       WHERE s.story_id = ? GROUP BY t.theme ORDER BY items DESC, t.theme`,
    )
    .all(id);
  const decisions = db
    .prepare<
      [number, number],
      {
        kind: StoryDecisionRecord['kind'];
        story_id: number;
        other_id: number | null;
        detail: string;
        actor: string;
        at: string;
      }
    >(
      'SELECT kind, story_id, other_id, detail, actor, at FROM story_decisions WHERE story_id = ? OR other_id = ? ORDER BY id',
    )
    .all(id, id)
    .map((d): StoryDecisionRecord => ({
      kind: d.kind,
      storyId: asStoryId(d.story_id),
      otherId: d.other_id === null ? null : asStoryId(d.other_id),
      detail: JSON.parse(d.detail) as Record<string, unknown>,
      actor: d.actor,
      at: d.at,
    }));
  return { story: toListing(row), items, entities, themes, decisions };
}

/** Returns the story that holds an item, or null. */
export function storyOfItem(db: Database.Database, itemId: number): number | null {
  return (
    db
      .prepare<[number], { story_id: number }>('SELECT story_id FROM story_items WHERE item_id = ?')
      .get(itemId)?.story_id ?? null
  );
}

/** Returns the stories with the most items dated since a time, most first, then latest activity. */
export function growingStories(
  db: Database.Database,
  since: string,
  limit: number,
): Array<StoryListing & { recentItems: number }> {
  return db
    .prepare<Record<string, unknown>, ListingRow & { recent_items: number }>(
      `WITH recent AS (SELECT s.story_id, count(*) AS n, max(${DATE}) AS latest
                       FROM story_items s JOIN items i ON i.id = s.item_id WHERE ${DATE} >= @since
                       GROUP BY s.story_id ORDER BY n DESC, latest DESC, s.story_id DESC LIMIT @limit)
       SELECT l.*, r.n AS recent_items FROM (${LISTING} WHERE st.id IN (SELECT story_id FROM recent) GROUP BY st.id) l
       JOIN recent r ON r.story_id = l.id ORDER BY r.n DESC, r.latest DESC, l.id DESC`,
    )
    .all({ since, limit })
    .map((r) => ({ ...toListing(r), recentItems: r.recent_items }));
}

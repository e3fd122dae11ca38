// Reading entities: lists with counts, and an entity's page of evidence.
import type Database from 'better-sqlite3';
import {
  asEntityId,
  asItemId,
  type EntityDecision,
  type EntityDetail,
  type EntityEvidence,
  type EntityId,
  type EntityRecord,
  type EntityType,
} from '../../model/index.ts';
import { analysisTextOf } from '../../process/index.ts';
import type { EntityFacts, EntityListRequest } from '../store.ts';

const DATE = 'coalesce(i.published_at, i.first_seen_at)';
const RECORD_COLUMNS = `e.id, e.name, e.type, e.key, count(m.id) AS mention_count, count(DISTINCT m.item_id) AS item_count,
  min(${DATE}) AS first_seen, max(${DATE}) AS last_seen`;
const EVIDENCE_LIMIT = 50;

interface RecordRow {
  id: number;
  name: string;
  type: string;
  key: string;
  mention_count: number;
  item_count: number;
  first_seen: string | null;
  last_seen: string | null;
}

const toRecord = (r: RecordRow): EntityRecord => ({
  id: asEntityId(r.id),
  name: r.name,
  type: r.type as EntityType,
  key: r.key,
  mentionCount: r.mention_count,
  itemCount: r.item_count,
  firstSeen: r.first_seen,
  lastSeen: r.last_seen,
});

/** Returns canonical entities with their counts, most widely mentioned first. */
export function listEntities(db: Database.Database, request: EntityListRequest): EntityRecord[] {
  const where = ['e.merged_into IS NULL'];
  const params: unknown[] = [];
  if (request.type) {
    where.push('e.type = ?');
    params.push(request.type);
  }
  if (request.since) {
    where.push(`${DATE} >= ?`);
    params.push(request.since);
  }
  return db
    .prepare<unknown[], RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM entities e JOIN mentions m ON m.entity_id = e.id JOIN items i ON i.id = m.item_id
       WHERE ${where.join(' AND ')} GROUP BY e.id ORDER BY item_count DESC, mention_count DESC, e.name LIMIT ?`,
    )
    .all(...params, request.limit)
    .map(toRecord);
}

function recordOf(db: Database.Database, id: number): EntityRecord | null {
  const row = db
    .prepare<[number], RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id LEFT JOIN items i ON i.id = m.item_id
       WHERE e.id = ? GROUP BY e.id`,
    )
    .get(id);
  return row ? toRecord(row) : null;
}

/** Returns the entity a key names (through aliases and merges), or null. */
export function entityIdByKey(db: Database.Database, key: string): number | null {
  let id =
    db
      .prepare<[string], { entity_id: number }>('SELECT entity_id FROM entity_aliases WHERE alias_key = ?')
      .get(key)?.entity_id ??
    db.prepare<[string], { id: number }>('SELECT id FROM entities WHERE key = ?').get(key)?.id;
  for (let hops = 0; id !== undefined && hops < 16; hops++) {
    const next = db
      .prepare<[number], { merged_into: number | null }>('SELECT merged_into FROM entities WHERE id = ?')
      .get(id)?.merged_into;
    if (next === null || next === undefined) break;
    id = next;
  }
  return id ?? null;
}

interface EvidenceRow {
  item_id: number;
  feed_id: number;
  sha256: string;
  title: string | null;
  url: string | null;
  text: string;
  published: string;
  source_name: string;
  mention: string;
  sentence_start: number;
  sentence_end: number;
}

function evidenceOf(db: Database.Database, id: number, since: string | null): EntityEvidence[] {
  const rows = db
    .prepare<[number, string, number], EvidenceRow>(
      // With min(), SQLite takes the bare columns from the row that holds the minimum: the first mention.
      `SELECT m.item_id, i.feed_id, f.sha256, i.title, i.url, i.text, ${DATE} AS published, i.source_name,
              m.text AS mention, m.sentence_start, m.sentence_end, min(m.start) AS first_start
       FROM mentions m JOIN items i ON i.id = m.item_id JOIN fetches f ON f.id = i.first_fetch_id
       WHERE m.entity_id = ? AND i.duplicate_of IS NULL AND ${DATE} >= ?
       GROUP BY m.item_id ORDER BY published DESC LIMIT ?`,
    )
    .all(id, since ?? '', EVIDENCE_LIMIT);
  return rows.map((r) => ({
    itemId: asItemId(r.item_id),
    feedId: r.feed_id,
    sourceSha256: r.sha256,
    title: r.title,
    url: r.url,
    published: r.published,
    source: r.source_name,
    sentence: analysisTextOf(r.title, r.text).slice(r.sentence_start, r.sentence_end).trim(),
    mention: r.mention,
  }));
}

/** Returns how many independent outlets (feeds) named the entity, near-duplicates counted once. */
function outletsOf(db: Database.Database, id: number, since: string | null): number {
  return (
    db
      .prepare<[number, string], { n: number }>(
        `SELECT count(DISTINCT i.feed_id) AS n FROM mentions m JOIN items i ON i.id = m.item_id
         WHERE m.entity_id = ? AND i.duplicate_of IS NULL AND ${DATE} >= ?`,
      )
      .get(id, since ?? '')?.n ?? 0
  );
}

/** Returns what a screening report shows of an entity: its record, outlets and evidence. */
export function entityEvidence(db: Database.Database, id: number, since: string | null): EntityFacts | null {
  const entity = recordOf(db, id);
  return entity ? { entity, outlets: outletsOf(db, id, since), evidence: evidenceOf(db, id, since) } : null;
}

/** Returns the page of evidence for entity id (evidence since a date, if given), or null. */
export function entityDetail(
  db: Database.Database,
  id: number,
  since: string | null = null,
): EntityDetail | null {
  const entity = recordOf(db, id);
  if (!entity) return null;
  const cooccurring = db
    .prepare<[number], { entity_id: number; shared: number }>(
      `SELECT m2.entity_id, count(DISTINCT m2.item_id) AS shared FROM mentions m1
       JOIN mentions m2 ON m2.item_id = m1.item_id AND m2.entity_id <> m1.entity_id
       WHERE m1.entity_id = ? GROUP BY m2.entity_id ORDER BY shared DESC LIMIT 10`,
    )
    .all(id)
    .map((r) => ({ entity: recordOf(db, r.entity_id) as EntityRecord, sharedItems: r.shared }));
  return {
    entity,
    outlets: outletsOf(db, id, since),
    aliases: db
      .prepare<[number], { alias: string; source: string }>(
        'SELECT alias, source FROM entity_aliases WHERE entity_id = ? ORDER BY alias',
      )
      .all(id),
    spellings: db
      .prepare<[number], { text: string; count: number }>(
        'SELECT text, count(*) AS count FROM mentions WHERE entity_id = ? GROUP BY text ORDER BY count DESC',
      )
      .all(id),
    perDay: db
      .prepare<[number], { day: string; mentions: number; items: number }>(
        `SELECT substr(${DATE}, 1, 10) AS day, count(*) AS mentions, count(DISTINCT m.item_id) AS items
         FROM mentions m JOIN items i ON i.id = m.item_id WHERE m.entity_id = ? GROUP BY day ORDER BY day`,
      )
      .all(id),
    evidence: evidenceOf(db, id, since),
    cooccurring,
    decisions: decisionsOf(db, id),
  };
}

function decisionsOf(db: Database.Database, id: number): EntityDecision[] {
  return db
    .prepare<
      [number, number],
      {
        kind: EntityDecision['kind'];
        entity_id: number;
        other_id: number | null;
        detail: string;
        actor: string;
        at: string;
      }
    >(
      'SELECT kind, entity_id, other_id, detail, actor, at FROM entity_decisions WHERE entity_id = ? OR other_id = ? ORDER BY id',
    )
    .all(id, id)
    .map((r) => ({
      kind: r.kind,
      entityId: asEntityId(r.entity_id),
      otherId: r.other_id === null ? null : asEntityId(r.other_id),
      detail: JSON.parse(r.detail) as Record<string, unknown>,
      actor: r.actor,
      at: r.at,
    }));
}

/** Returns the entities an item names, with their mention counts, in the order they first appear. */
export function itemEntities(
  db: Database.Database,
  itemId: number,
): Array<{ id: EntityId; name: string; type: EntityType; mentions: number }> {
  return db
    .prepare<[number], { id: number; name: string; type: string; mentions: number }>(
      `SELECT e.id, e.name, e.type, count(*) AS mentions FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.item_id = ? GROUP BY e.id ORDER BY min(m.start), e.id`,
    )
    .all(itemId)
    .map((r) => ({ id: asEntityId(r.id), name: r.name, type: r.type as EntityType, mentions: r.mentions }));
}

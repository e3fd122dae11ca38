// Analysts' decisions about entities: merge two into one, split spellings out into their own
// entity, rename. Each is stored with who and when; re-analysis lands mentions where the
// analyst put them (merges through aliases and merged_into, splits by the recorded spellings,
// which entity-writer.ts applies again).
import type Database from 'better-sqlite3';
import { AppError } from '../../model/index.ts';
import type { EntitySplit } from '../store.ts';

function record(
  db: Database.Database,
  kind: string,
  entityId: number,
  otherId: number | null,
  detail: object,
  actor: string,
  at: string,
): void {
  db.prepare(
    'INSERT INTO entity_decisions (kind, entity_id, other_id, detail, actor, at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(kind, entityId, otherId, JSON.stringify(detail), actor, at);
}

function entityRow(
  db: Database.Database,
  id: number,
): { id: number; key: string; name: string; type: string } {
  const row = db
    .prepare<[number], { id: number; key: string; name: string; type: string }>(
      'SELECT id, key, name, type FROM entities WHERE id = ?',
    )
    .get(id);
  if (!row) throw new AppError('input.not_found', `entities: no entity #${id}`, { entityId: id });
  return row;
}

/** Merges entity fromId into intoId: mentions and aliases move, and the old name becomes an alias. */
export function mergeEntities(
  db: Database.Database,
  fromId: number,
  intoId: number,
  actor: string,
  at: string,
): void {
  db.transaction(() => {
    if (fromId === intoId)
      throw new AppError('input.bad_merge', 'entities: cannot merge an entity into itself');
    const from = entityRow(db, fromId);
    const into = entityRow(db, intoId);
    db.prepare('UPDATE entities SET merged_into = ? WHERE id = ? OR merged_into = ?').run(
      into.id,
      from.id,
      from.id,
    );
    db.prepare('UPDATE mentions SET entity_id = ? WHERE entity_id = ?').run(into.id, from.id);
    db.prepare('UPDATE entity_aliases SET entity_id = ? WHERE entity_id = ?').run(into.id, from.id);
    db.prepare(
      "INSERT OR REPLACE INTO entity_aliases (alias_key, entity_id, alias, source) VALUES (?, ?, ?, 'analyst')",
    ).run(from.key, into.id, from.name);
    record(db, 'merge', from.id, into.id, { from: from.name, into: into.name }, actor, at);
  }).immediate();
}

/** Moves the mentions written as the given spellings into a new entity; returns its id. */
export function splitEntity(db: Database.Database, split: EntitySplit, actor: string, at: string): number {
  return db
    .transaction(() => {
      const from = entityRow(db, split.entityId);
      if (db.prepare('SELECT 1 FROM entities WHERE key = ?').get(split.newKey)) {
        throw new AppError(
          'input.bad_split',
          `entities: an entity with the name "${split.newName}" exists already; merge into it instead`,
        );
      }
      const id = Number(
        db
          .prepare('INSERT INTO entities (key, type, name, created_at) VALUES (?, ?, ?, ?)')
          .run(split.newKey, from.type, split.newName, at).lastInsertRowid,
      );
      const spellings = split.spellings.map((s) => s.text);
      const placeholders = spellings.map(() => '?').join(', ');
      db.prepare(`UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND text IN (${placeholders})`).run(
        id,
        from.id,
        ...spellings,
      );
      const alias = db.prepare(
        "INSERT OR REPLACE INTO entity_aliases (alias_key, entity_id, alias, source) VALUES (?, ?, ?, 'analyst')",
      );
      for (const s of split.spellings) if (s.key !== from.key) alias.run(s.key, id, s.text);
      record(db, 'split', from.id, id, { spellings, into: split.newName }, actor, at);
      return id;
    })
    .immediate();
}

/** Renames an entity (its display name; its key and aliases stay). */
export function renameEntity(
  db: Database.Database,
  id: number,
  name: string,
  actor: string,
  at: string,
): void {
  db.transaction(() => {
    const old = entityRow(db, id);
    db.prepare('UPDATE entities SET name = ? WHERE id = ?').run(name, id);
    record(db, 'rename', id, null, { from: old.name, to: name }, actor, at);
  }).immediate();
}

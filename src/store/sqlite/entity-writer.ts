// Storing what analysis found: each mention resolved to one entity across the archive
// (through aliases, and through analysts' merges), replacing an item's earlier mentions;
// its themes and figures likewise.
import type Database from 'better-sqlite3';
import type { EntityType, ItemAnalysis, PendingItem } from '../../model/index.ts';
import { asItemId } from '../../model/index.ts';

/** Returns the statements analysis storage uses, prepared once per database. */
export function prepareEntityStatements(db: Database.Database) {
  return {
    alias: db.prepare<[string], { entity_id: number }>(
      'SELECT entity_id FROM entity_aliases WHERE alias_key = ?',
    ),
    byKey: db.prepare<[string], { id: number }>('SELECT id FROM entities WHERE key = ?'),
    mergedInto: db.prepare<[number], { merged_into: number | null }>(
      'SELECT merged_into FROM entities WHERE id = ?',
    ),
    insertEntity: db.prepare<[string, string, string, string]>(
      'INSERT INTO entities (key, type, name, created_at) VALUES (?, ?, ?, ?)',
    ),
    insertAlias: db.prepare<[string, number, string, string]>(
      'INSERT OR IGNORE INTO entity_aliases (alias_key, entity_id, alias, source) VALUES (?, ?, ?, ?)',
    ),
    deleteMentions: db.prepare<[number]>('DELETE FROM mentions WHERE item_id = ?'),
    insertMention: db.prepare(
      `INSERT INTO mentions (item_id, entity_id, type, start, end, text, sentence_start, sentence_end, confidence, source)
       VALUES (@item_id, @entity_id, @type, @start, @end, @text, @sentence_start, @sentence_end, @confidence, @source)`,
    ),
    deleteThemes: db.prepare<[number]>('DELETE FROM item_themes WHERE item_id = ?'),
    insertTheme: db.prepare<[number, string, string, string]>(
      'INSERT INTO item_themes (item_id, theme, label, triggers) VALUES (?, ?, ?, ?)',
    ),
    deleteFigures: db.prepare<[number]>('DELETE FROM figures WHERE item_id = ?'),
    insertFigure: db.prepare<[number, string, string, number, string]>(
      'INSERT INTO figures (item_id, counted_key, unit, value, figure) VALUES (?, ?, ?, ?, ?)',
    ),
    markAnalyzed: db.prepare<[number, number]>('UPDATE items SET analyzed_version = ? WHERE id = ?'),
    pending: db.prepare<[number], { id: number; title: string | null; text: string }>(
      'SELECT id, title, text FROM items WHERE analyzed_version IS NULL ORDER BY id LIMIT ?',
    ),
    markStale: db.prepare<[number]>('UPDATE items SET analyzed_version = NULL WHERE analyzed_version < ?'),
  };
}

export type EntityStatements = ReturnType<typeof prepareEntityStatements>;

/** Returns the entity id a key resolves to, following aliases and merges. */
function resolveKey(s: EntityStatements, key: string): number | undefined {
  let id = s.alias.get(key)?.entity_id ?? s.byKey.get(key)?.id;
  for (let hops = 0; id !== undefined && hops < 16; hops++) {
    const next = s.mergedInto.get(id)?.merged_into;
    if (next === null || next === undefined) break;
    id = next;
  }
  return id;
}

function entityFor(s: EntityStatements, key: string, type: EntityType, name: string, now: string): number {
  const found = resolveKey(s, key);
  if (found !== undefined) return found;
  return Number(s.insertEntity.run(key, type, name, now).lastInsertRowid);
}

/** Stores the analyses of a batch of items in one transaction, marking them analysed. */
export function saveAnalyses(
  db: Database.Database,
  s: EntityStatements,
  analyses: readonly ItemAnalysis[],
  version: number,
  now: string,
): void {
  db.transaction(() => {
    for (const analysis of analyses) {
      s.deleteMentions.run(analysis.itemId);
      for (const alias of analysis.aliases) {
        const target = entityFor(s, alias.canonicalKey, alias.type, alias.canonical, now);
        s.insertAlias.run(alias.aliasKey, target, alias.alias, 'text');
      }
      for (const m of analysis.mentions) {
        s.insertMention.run({
          item_id: analysis.itemId,
          entity_id: entityFor(s, m.key, m.type, m.canonical, now),
          type: m.type,
          start: m.start,
          end: m.end,
          text: m.text,
          sentence_start: m.sentence.start,
          sentence_end: m.sentence.end,
          confidence: Math.round(m.confidence * 1000) / 1000,
          source: m.source,
        });
      }
      s.deleteThemes.run(analysis.itemId);
      for (const t of analysis.themes)
        s.insertTheme.run(analysis.itemId, t.theme, t.label, JSON.stringify(t.triggers));
      s.deleteFigures.run(analysis.itemId);
      for (const f of analysis.figures)
        s.insertFigure.run(analysis.itemId, f.countedKey, f.unit, f.value, JSON.stringify(f));
      s.markAnalyzed.run(version, analysis.itemId);
    }
  }).immediate();
}

/** Returns up to limit items not yet analysed at version (items analysed at an older version count). */
export function pendingItems(
  s: EntityStatements,
  version: number,
  limit: number,
  checkStale: boolean,
): PendingItem[] {
  if (checkStale) s.markStale.run(version);
  return s.pending.all(limit).map((r) => ({ id: asItemId(r.id), title: r.title, text: r.text }));
}

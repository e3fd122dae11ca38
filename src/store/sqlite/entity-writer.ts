// Storing what analysis found: each mention resolved to one entity across the archive
// (through aliases, and through analysts' merges and splits), replacing an item's earlier
// mentions; its themes and figures likewise.
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
    splits: db.prepare<[], { entity_id: number; other_id: number; detail: string }>(
      "SELECT entity_id, other_id, detail FROM entity_decisions WHERE kind = 'split' ORDER BY id",
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

/** Returns the ids an entity goes through to the one it was last merged into, itself first. */
function mergeChain(s: EntityStatements, start: number): number[] {
  const chain = [start];
  for (let hops = 0; hops < 16; hops++) {
    const next = s.mergedInto.get(chain[chain.length - 1] ?? start)?.merged_into;
    if (next === null || next === undefined) break;
    chain.push(next);
  }
  return chain;
}

/**
 * Returns the entities a key goes through (through aliases and merges), the one it resolves to
 * last; the entity that has the key as its own comes first even when an alias leads elsewhere.
 */
function keyChain(s: EntityStatements, key: string): number[] {
  const own = s.byKey.get(key)?.id;
  const first = s.alias.get(key)?.entity_id ?? own;
  if (first === undefined) return [];
  const chain = mergeChain(s, first);
  return own !== undefined && !chain.includes(own) ? [own, ...chain] : chain;
}

function entityChain(
  s: EntityStatements,
  key: string,
  type: EntityType,
  name: string,
  now: string,
): number[] {
  const found = keyChain(s, key);
  if (found.length > 0) return found;
  return [Number(s.insertEntity.run(key, type, name, now).lastInsertRowid)];
}

function entityFor(s: EntityStatements, key: string, type: EntityType, name: string, now: string): number {
  const chain = entityChain(s, key, type, name, now);
  return chain[chain.length - 1] ?? 0;
}

/** Per entity an analyst split, the spellings moved out of it and the entity each went to. */
type SplitRules = ReadonlyMap<number, ReadonlyMap<string, number>>;

function readSplitRules(s: EntityStatements): SplitRules {
  const rules = new Map<number, Map<string, number>>();
  for (const row of s.splits.all()) {
    const { spellings } = JSON.parse(row.detail) as { spellings?: unknown };
    const moved = rules.get(row.entity_id) ?? new Map<string, number>();
    if (Array.isArray(spellings))
      for (const text of spellings) if (typeof text === 'string') moved.set(text, row.other_id);
    rules.set(row.entity_id, moved);
  }
  return rules;
}

// An analyst's split says: mentions of this entity written this way name another one. The
// item's own resolution may give such a mention the old entity's name again (an acronym the
// item defines, a short form), so the split is applied again to any entity on the way to the
// one the name resolves to; the entity split out may itself have been merged since.
function mentionEntity(
  s: EntityStatements,
  rules: SplitRules,
  chain: readonly number[],
  text: string,
): number {
  const resolved = chain[chain.length - 1] ?? 0;
  const target = chain.map((e) => rules.get(e)?.get(text)).find((t) => t !== undefined);
  if (target === undefined || chain.includes(target)) return resolved;
  return mergeChain(s, target).pop() ?? target;
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
    const splits = readSplitRules(s);
    for (const analysis of analyses) {
      s.deleteMentions.run(analysis.itemId);
      for (const alias of analysis.aliases) {
        const target = entityFor(s, alias.canonicalKey, alias.type, alias.canonical, now);
        s.insertAlias.run(alias.aliasKey, target, alias.alias, 'text');
      }
      for (const m of analysis.mentions) {
        s.insertMention.run({
          item_id: analysis.itemId,
          entity_id: mentionEntity(s, splits, entityChain(s, m.key, m.type, m.canonical, now), m.text),
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

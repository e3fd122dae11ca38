// What a search, count, export or figures request selects, as one or two arms of a UNION ALL.
//
// items_fts indexes the originals (duplicate_of IS NULL), copies_fts the near-duplicates. A
// request that filters by feed or uses source: wants that feed's or source's items, copies
// included, so it searches both indexes; any other request searches the originals alone, and a
// copy shows only as its original's "also in N sources".
import { toFts5, usesField, type QueryNode } from '../../query/index.ts';
import type { ExportRequest } from '../store.ts';

export const DATE = 'coalesce(i.published_at, i.first_seen_at)';

type ArmRequest = ExportRequest & { readonly feedId?: number };

/** One SELECT's source: its FROM and WHERE clauses, and the full-text table it matches in. */
export interface Arm {
  /** The FTS5 table the arm matches (for bm25() and snippet()), or null without words. */
  readonly fts: 'items_fts' | 'copies_fts' | null;
  readonly from: string;
  readonly where: string;
  readonly params: readonly unknown[];
}

/** Returns true when copies are hits of their own: the request filters by feed or by source:. */
export function includesCopies(request: ArmRequest): boolean {
  return request.feedId !== undefined || (request.query ? usesField(request.query, 'source') : false);
}

/** Returns the full-text indexes a request matches in: the originals', and the copies' with them. */
export function indexesOf(request: ArmRequest): Array<'items_fts' | 'copies_fts'> {
  return includesCopies(request) ? ['items_fts', 'copies_fts'] : ['items_fts'];
}

/** Returns the arms a request selects from: the originals, and the copies when it includes them. */
export function armsOf(request: ArmRequest): Arm[] {
  const filters = itemFiltersOf(request);
  if (!includesCopies(request)) return [armOf(request, 'items_fts', 'i.duplicate_of IS NULL', filters)];
  // Without words there is no index to go through: every item of the feed, copies included.
  if (!request.query) return [armOf(request, null, null, filters)];
  return [
    armOf(request, 'items_fts', 'i.duplicate_of IS NULL', filters),
    armOf(request, 'copies_fts', 'i.duplicate_of IS NOT NULL', filters),
  ];
}

/**
 * Returns the UNION ALL of one SELECT per arm, as selectOf writes it (with the arm's FROM and
 * WHERE), and the parameters: each arm's own, then armParams (bound once per arm).
 */
export function unionOfArms<A extends Pick<Arm, 'params'>>(
  arms: readonly A[],
  selectOf: (arm: A) => string,
  armParams: readonly unknown[] = [],
): { sql: string; params: unknown[] } {
  return {
    sql: arms.map(selectOf).join('\nUNION ALL\n'),
    params: arms.flatMap((a) => [...a.params, ...armParams]),
  };
}

function armOf(
  request: ArmRequest,
  fts: 'items_fts' | 'copies_fts' | null,
  duplicates: string | null,
  filters: { where: string[]; params: unknown[] },
): Arm {
  const where = duplicates ? [duplicates] : [];
  const params: unknown[] = [];
  const table = request.query ? fts : null;
  if (request.query && table) {
    where.push(`${table} MATCH ?`);
    params.push(toFts5(request.query));
  }
  where.push(...filters.where);
  params.push(...filters.params);
  return {
    fts: table,
    from: table ? `${table} JOIN items i ON i.id = ${table}.rowid` : 'items i',
    where: where.length ? where.join(' AND ') : '1',
    params,
  };
}

/**
 * Returns the arms of a search by words, each matching in its index alone where it can: a filter
 * on the item becomes a test of the match's rowid against the set of items that pass it, built
 * from an index (the date window from items_published, a feed from items_feed_recent), so that no
 * match is joined to its (large, text-inline) row. The duplicate test is left out, since each
 * index holds only originals or only copies. Only firstSeenSince (monitors) still joins items.
 * `id` is the expression that names a match's item id in `from`.
 */
export function matchArmsOf(
  request: ArmRequest & { readonly query: QueryNode },
): Array<Arm & { id: string }> {
  const fts = toFts5(request.query);
  return indexesOf(request).map((table) => {
    const id = `${table}.rowid`;
    const where = [`${table} MATCH ?`];
    const params: unknown[] = [fts];
    const add = (condition: string, ...values: unknown[]): void => {
      where.push(condition);
      params.push(...values);
    };
    // The unary + keeps SQLite from driving the match by the set's rowids one by one (FTS5 then
    // re-opens the query per rowid: 30 s for a year of a common word at 100k items).
    const window: Array<[string, string]> = [];
    if (request.since) window.push([`${DATE} >= ?`, request.since]);
    if (request.until) window.push([`${DATE} < ?`, request.until]);
    if (window.length)
      add(
        `+${id} IN (SELECT i.id FROM items i WHERE ${window.map(([c]) => c).join(' AND ')})`,
        ...window.map(([, v]) => v),
      );
    if (request.feedId !== undefined)
      add(`+${id} IN (SELECT id FROM items WHERE feed_id = ?)`, request.feedId);
    for (const f of request.entities ?? [])
      add(
        `+${id} ${f.isNegated ? 'NOT IN' : 'IN'} (SELECT item_id FROM mentions WHERE entity_id = ?)`,
        f.entityId,
      );
    for (const t of request.themes ?? [])
      add(
        `+${id} ${t.isNegated ? 'NOT IN' : 'IN'} (SELECT item_id FROM item_themes WHERE theme = ?)`,
        t.theme,
      );
    if (!request.firstSeenSince) return { fts: table, from: table, where: where.join(' AND '), params, id };
    add('i.first_seen_at >= ?', request.firstSeenSince);
    return {
      fts: table,
      from: `${table} JOIN items i ON i.id = ${id}`,
      where: where.join(' AND '),
      params,
      id,
    };
  });
}

/** Returns the conditions on item columns, shared by every arm. */
function itemFiltersOf(request: ArmRequest): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (condition: string, value: unknown): void => {
    where.push(condition);
    params.push(value);
  };
  if (request.since) add(`${DATE} >= ?`, request.since);
  if (request.until) add(`${DATE} < ?`, request.until);
  if (request.feedId !== undefined) add('i.feed_id = ?', request.feedId);
  if (request.firstSeenSince) add('i.first_seen_at >= ?', request.firstSeenSince);
  for (const f of request.entities ?? [])
    add(
      `i.id ${f.isNegated ? 'NOT IN' : 'IN'} (SELECT item_id FROM mentions WHERE entity_id = ?)`,
      f.entityId,
    );
  for (const t of request.themes ?? [])
    add(`i.id ${t.isNegated ? 'NOT IN' : 'IN'} (SELECT item_id FROM item_themes WHERE theme = ?)`, t.theme);
  return { where, params };
}

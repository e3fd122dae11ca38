// Full-text search over the FTS5 index: BM25 with titles weighed above text, or newest first;
// near-duplicates collapse into their canonical item, which reports how many there are.
import type Database from 'better-sqlite3';
import { asItemId, type SearchHit, type SearchResult } from '../../model/index.ts';
import { toFts5 } from '../../query/index.ts';
import type { ExportRequest, SearchRequest } from '../store.ts';

const DATE = 'coalesce(i.published_at, i.first_seen_at)';
// Column weights for bm25(): title, text, source.
const RANK = 'bm25(items_fts, 8.0, 1.0, 2.0)';

interface HitRow {
  id: number;
  title: string | null;
  url: string | null;
  published: string;
  source_name: string;
  snippet: string;
  score: number;
  duplicates: number;
  source_sha256: string;
}

/** Returns the WHERE clause and parameters shared by search, count and export. */
export function filtersOf(request: ExportRequest & { feedId?: number }): {
  where: string;
  params: unknown[];
} {
  const where: string[] = ['i.duplicate_of IS NULL'];
  const params: unknown[] = [];
  if (request.query) {
    where.push('items_fts MATCH ?');
    params.push(toFts5(request.query));
  }
  if (request.since) {
    where.push(`${DATE} >= ?`);
    params.push(request.since);
  }
  if (request.until) {
    where.push(`${DATE} < ?`);
    params.push(request.until);
  }
  if (request.feedId !== undefined) {
    where.push('i.feed_id = ?');
    params.push(request.feedId);
  }
  if (request.firstSeenSince) {
    where.push('i.first_seen_at >= ?');
    params.push(request.firstSeenSince);
  }
  for (const f of request.entities ?? []) {
    where.push(`i.id ${f.isNegated ? 'NOT IN' : 'IN'} (SELECT item_id FROM mentions WHERE entity_id = ?)`);
    params.push(f.entityId);
  }
  for (const t of request.themes ?? []) {
    where.push(`i.id ${t.isNegated ? 'NOT IN' : 'IN'} (SELECT item_id FROM item_themes WHERE theme = ?)`);
    params.push(t.theme);
  }
  return { where: where.join(' AND '), params };
}

/** Returns the FROM clause: through the full-text index when there are words to match. */
export function sourceOf(request: ExportRequest): string {
  return request.query ? 'items_fts JOIN items i ON i.id = items_fts.rowid' : 'items i';
}

/** Returns the ranked hits and the total number of matches. */
export function searchItems(db: Database.Database, request: SearchRequest): SearchResult {
  const { where, params } = filtersOf(request);
  const hasText = request.query !== null;
  // Without words to rank by, newest first; the snippet is then the start of the text.
  const order = request.sort === 'date' || !hasText ? `${DATE} DESC` : 'score';
  const snippet = hasText ? "snippet(items_fts, -1, char(2), char(3), '…', 24)" : 'substr(i.text, 1, 200)';
  const rows = db
    .prepare<unknown[], HitRow>(
      `SELECT i.id, i.title, i.url, ${DATE} AS published, i.source_name, ${snippet} AS snippet,
              ${hasText ? RANK : '0'} AS score,
              (SELECT count(*) FROM items d WHERE d.duplicate_of = i.id) AS duplicates,
              (SELECT sha256 FROM fetches WHERE id = i.first_fetch_id) AS source_sha256
       FROM ${sourceOf(request)} WHERE ${where} ORDER BY ${order}, i.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, request.limit, request.offset ?? 0);
  const total =
    db
      .prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM ${sourceOf(request)} WHERE ${where}`)
      .get(...params)?.n ?? 0;
  return { total, hits: rows.map(toHit) };
}

function toHit(r: HitRow): SearchHit {
  return {
    itemId: asItemId(r.id),
    title: r.title,
    link: r.url,
    published: r.published,
    source: r.source_name,
    snippet: r.snippet,
    score: -r.score,
    duplicates: r.duplicates,
    sourceSha256: r.source_sha256,
  };
}

// Full-text search over the FTS5 index: BM25 with titles weighed above text, or newest first;
// near-duplicates collapse into their canonical item, which reports how many there are, except
// in a search by feed or source:, where a copy is a hit of its own (copies_fts, search-arms.ts).
//
// items_fts holds only canonical items (duplicate_of IS NULL), so a query without item filters
// is ranked inside the index alone and only the page of hits is joined to items: joining every
// match to its (large, text-inline) row is what made common words slow. The count stops at a
// cap. When a query has more matches than a window, only the newest matches are ranked:
// bm25() costs about 1 µs a match, so a word found in most of a million items would take over
// half a second. The trade-off: for such a query the hits are the most relevant among its
// newest matches, not among all (at 1M items, 8 of the top 20 on average were the same), and
// the result says so (rankedAmongNewest). What the window cannot save: bm25() first counts
// every match of each phrase for its IDF, some 80 ms for a word in most of a million items.
import type Database from 'better-sqlite3';
import { asItemId, type SearchHit, type SearchResult } from '../../model/index.ts';
import { toFts5 } from '../../query/index.ts';
import type { SearchRequest } from '../store.ts';
import { armsOf, DATE, includesCopies, unionOfArms, type Arm } from './search-arms.ts';

// Column weights for bm25(): title, text, source.
const rankOf = (fts: string): string => `bm25(${fts}, 8.0, 1.0, 2.0)`;
const snippetOf = (fts: string): string => `snippet(${fts}, -1, char(2), char(3), '…', 24)`;
const RANK = rankOf('items_fts');
const SNIPPET = snippetOf('items_fts');
const PAGE_EXTRAS = `(SELECT count(*) FROM items d WHERE d.duplicate_of = i.id) AS duplicates,
  (SELECT sha256 FROM fetches WHERE id = i.first_fetch_id) AS source_sha256`;

/** How far a search counts and ranks; tests set them small. */
export interface SearchLimits {
  /** Matches counted at most (and at most rankWindow); beyond it the total is reported as capped. */
  readonly countCap: number;
  /** Matches ranked at most (the newest stored); beyond it the rest are not ranked. Infinity: all. */
  readonly rankWindow: number;
}

export const DEFAULT_SEARCH_LIMITS: SearchLimits = { countCap: 10_000, rankWindow: 50_000 };

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
  copy_of: number | null;
}

/** Returns true when the request filters on item columns, so that matches need their rows. */
function hasItemFilters(request: SearchRequest): boolean {
  return Boolean(
    request.since ||
    request.until ||
    request.firstSeenSince ||
    request.feedId !== undefined ||
    request.entities?.length ||
    request.themes?.length,
  );
}

/** Returns the ranked hits and the number of matches, counted up to the cap. */
export function searchItems(
  db: Database.Database,
  request: SearchRequest,
  limits: SearchLimits = DEFAULT_SEARCH_LIMITS,
): SearchResult {
  if (request.query && request.sort === 'relevance' && !hasItemFilters(request) && !includesCopies(request)) {
    return searchIndex(db, toFts5(request.query), request, limits);
  }
  return searchJoined(db, request, limits.countCap);
}

/**
 * Ranks inside items_fts alone, within the newest window when there are too many matches, then
 * reads the page's rows and snippets (see pageOf). Every statement re-opens the query's doclists,
 * so there are few: the count, the window's start when needed, the ranking and the page.
 */
function searchIndex(
  db: Database.Database,
  fts: string,
  request: SearchRequest,
  limits: SearchLimits,
): SearchResult {
  const { rankWindow } = limits;
  // The count walks the matches oldest first, the cheap direction, up to the window and one more,
  // so it stops at the window if that is smaller than the cap.
  const countCap = Math.min(limits.countCap, rankWindow);
  const counted =
    db
      .prepare<[string, number], { n: number }>(
        'SELECT count(*) AS n FROM (SELECT 1 FROM items_fts WHERE items_fts MATCH ? LIMIT ?)',
      )
      .get(fts, (Number.isFinite(rankWindow) ? rankWindow : countCap) + 1)?.n ?? 0;
  const isWindowed = counted > rankWindow;
  const ranked = db
    .prepare<[{ fts: string; after: number; limit: number; offset: number }], { id: number; score: number }>(
      `SELECT rowid AS id, ${RANK} AS score FROM items_fts WHERE items_fts MATCH @fts AND rowid > @after
       ORDER BY score, rowid DESC LIMIT @limit OFFSET @offset`,
    )
    .all({
      fts,
      after: isWindowed ? newestBefore(db, fts, rankWindow) : 0,
      limit: request.limit,
      offset: request.offset ?? 0,
    });
  return {
    ...totalOf(counted, countCap),
    rankedAmongNewest: isWindowed ? rankWindow : null,
    hits: pageOf(db, fts, ranked).map(toHit),
  };
}

/** Returns the rowid of the newest match older than the window's newest matches. */
function newestBefore(db: Database.Database, fts: string, window: number): number {
  // FTS5 walks a doclist backwards natively (if more slowly), so this reads window + 1 rowids.
  const row = db
    .prepare<[string, number], { rowid: number }>(
      'SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?',
    )
    .get(fts, window);
  return row?.rowid ?? 0;
}

// items_fts has prefix indexes for 2 and 3 characters (migration 1); a longer prefix is read
// term by term, every time a statement opens the query.
const LONG_PREFIX = /"[^"]{4,}"\*/u;

/**
 * Returns the rows of the ranked hits, in rank order, with their snippets. Each hit is looked up
 * by rowid (FTS5 opens the query once per rowid, cheap for words), or, when the query has a long
 * prefix that costs tens of milliseconds to open, the matches between the page's first and last
 * rowid are walked once.
 */
function pageOf(
  db: Database.Database,
  fts: string,
  ranked: ReadonlyArray<{ id: number; score: number }>,
): HitRow[] {
  if (ranked.length === 0) return [];
  const ids = ranked.map((r) => r.id);
  const isWalked = LONG_PREFIX.test(fts);
  const rows = db
    .prepare<[Record<string, string | number>], Omit<HitRow, 'score'>>(
      `SELECT i.id, i.title, i.url, ${DATE} AS published, i.source_name, ${SNIPPET} AS snippet,
              i.duplicate_of AS copy_of, ${PAGE_EXTRAS}
       FROM items_fts CROSS JOIN items i ON i.id = items_fts.rowid
       WHERE items_fts MATCH @fts AND ${
         isWalked
           ? 'items_fts.rowid BETWEEN @lo AND @hi AND +items_fts.rowid IN (SELECT value FROM json_each(@ids))'
           : 'items_fts.rowid IN (SELECT value FROM json_each(@ids))'
       }`,
    )
    .all({
      fts,
      ids: JSON.stringify(ids),
      ...(isWalked ? { lo: Math.min(...ids), hi: Math.max(...ids) } : {}),
    });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ranked.flatMap((r) => {
    const row = byId.get(r.id);
    return row ? [{ ...row, score: r.score }] : [];
  });
}

/**
 * Searches through items: with item filters, by date, or without words; in both indexes when the
 * request includes copies (see search-arms.ts). Scores from the two indexes are compared as they
 * are: each bm25() weighs words by its own index's frequencies, which differ little, since the
 * copies are the same articles as some originals.
 */
function searchJoined(db: Database.Database, request: SearchRequest, countCap: number): SearchResult {
  const arms = armsOf(request);
  const hasText = request.query !== null;
  // Without words to rank by, newest first; the snippet is then the start of the text.
  const order = request.sort === 'date' || !hasText ? 'published DESC' : 'score';
  const page = unionOfArms(arms, hitSelectOf);
  const rows = db
    .prepare<unknown[], HitRow>(`${page.sql} ORDER BY ${order}, id DESC LIMIT ? OFFSET ?`)
    .all(...page.params, request.limit, request.offset ?? 0);
  const matches = unionOfArms(arms, (a) => `SELECT 1 FROM ${a.from} WHERE ${a.where}`);
  const counted =
    db
      .prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM (${matches.sql} LIMIT ?)`)
      .get(...matches.params, countCap + 1)?.n ?? 0;
  return { ...totalOf(counted, countCap), rankedAmongNewest: null, hits: rows.map(toHit) };
}

/** Returns one arm's SELECT of hit rows. */
function hitSelectOf(a: Arm): string {
  const snippet = a.fts ? snippetOf(a.fts) : 'substr(i.text, 1, 200)';
  return `SELECT i.id AS id, i.title, i.url, ${DATE} AS published, i.source_name, ${snippet} AS snippet,
            ${a.fts ? rankOf(a.fts) : '0'} AS score, i.duplicate_of AS copy_of, ${PAGE_EXTRAS}
          FROM ${a.from} WHERE ${a.where}`;
}

function totalOf(counted: number, countCap: number): Pick<SearchResult, 'total' | 'isTotalCapped'> {
  return counted > countCap
    ? { total: countCap, isTotalCapped: true }
    : { total: counted, isTotalCapped: false };
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
    ...(r.copy_of === null ? {} : { copyOf: asItemId(r.copy_of) }),
  };
}

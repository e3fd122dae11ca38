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
import {
  armsOf,
  DATE,
  includesCopies,
  indexesOf,
  matchArmsOf,
  unionOfArms,
  type Arm,
} from './search-arms.ts';

// Column weights for bm25(): title, text, source.
const rankOf = (fts: string): string => `bm25(${fts}, 8.0, 1.0, 2.0)`;
const snippetOf = (fts: string): string => `snippet(${fts}, -1, char(2), char(3), '…', 24)`;
const RANK = rankOf('items_fts');
const PAGE_EXTRAS = `(SELECT count(*) FROM items d WHERE d.duplicate_of = i.id) AS duplicates,
  (SELECT sha256 FROM fetches WHERE id = i.first_fetch_id) AS source_sha256`;

/** How far a search counts and ranks; tests set them small. */
export interface SearchLimits {
  /** Matches counted at most (and at most rankWindow); beyond it the total is reported as capped. */
  readonly countCap: number;
  /** Matches ranked at most (the newest stored); beyond it the rest are not ranked. Infinity: all. */
  readonly rankWindow: number;
  /**
   * Up to this many matches (before filters), a filtered or by-date search reads the matches'
   * rows; above it, it tests matches against the filters' id sets and walks the date index.
   */
  readonly fewMatches?: number;
}

export const DEFAULT_SEARCH_LIMITS: SearchLimits = { countCap: 10_000, rankWindow: 50_000 };
// Up to this many matches (before filters), a filtered search reads the matches' rows.
const FEW_MATCHES = 2_000;

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
  return searchJoined(db, request, limits.countCap, limits.fewMatches ?? FEW_MATCHES);
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
  const scores = new Map(ranked.map((r) => [r.id, r.score]));
  return {
    ...totalOf(counted, countCap),
    rankedAmongNewest: isWindowed ? rankWindow : null,
    hits: pageOf(db, fts, ranked).map((row) => toHit({ ...row, score: scores.get(row.id) ?? row.score })),
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
  table: 'items_fts' | 'copies_fts' = 'items_fts',
  // bm25() counts every match of each term again before its first row: read only when wanted.
  withScore = false,
): HitRow[] {
  if (ranked.length === 0) return [];
  const ids = ranked.map((r) => r.id);
  const isWalked = LONG_PREFIX.test(fts);
  const rows = db
    .prepare<[Record<string, string | number>], HitRow>(
      `SELECT i.id, i.title, i.url, ${DATE} AS published, i.source_name, ${snippetOf(table)} AS snippet,
              ${withScore ? rankOf(table) : '0'} AS score,
              i.duplicate_of AS copy_of, ${PAGE_EXTRAS}
       FROM ${table} CROSS JOIN items i ON i.id = ${table}.rowid
       WHERE ${table} MATCH @fts AND ${
         isWalked
           ? `${table}.rowid BETWEEN @lo AND @hi AND +${table}.rowid IN (SELECT value FROM json_each(@ids))`
           : `${table}.rowid IN (SELECT value FROM json_each(@ids))`
       }`,
    )
    .all({
      fts,
      ids: JSON.stringify(ids),
      ...(isWalked ? { lo: Math.min(...ids), hi: Math.max(...ids) } : {}),
    });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ranked.flatMap((r) => byId.get(r.id) ?? []);
}

/**
 * Searches with item filters, by date, or without words; in both indexes when the request
 * includes copies (see search-arms.ts). A query with few matches reads their rows to filter and
 * sort them; one with many tests its matches against the filters' sets of item ids instead
 * (matchArmsOf), and by date walks the date index from the newest item, stopping at the page.
 * Either way only the page is read in full. Scores from the two indexes are compared as they
 * are: each bm25() weighs words by its own index's frequencies, which differ little, since the
 * copies are the same articles as some originals.
 */
function searchJoined(
  db: Database.Database,
  request: SearchRequest,
  countCap: number,
  fewMatches: number,
): SearchResult {
  if (!request.query) return searchWithoutWords(db, request, countCap);
  const fts = toFts5(request.query);
  const unfiltered = indexesOf(request).map((t) => ({ from: t, where: `${t} MATCH ?`, params: [fts] }));
  const isFew = countUpTo(db, unfiltered, fewMatches + 1) <= fewMatches;
  const arms = isFew
    ? armsOf(request).map((a) => ({ ...a, id: 'i.id' }))
    : matchArmsOf({ ...request, query: request.query });
  const total = totalOf(countUpTo(db, arms, countCap + 1), countCap);
  const page = [request.limit, request.offset ?? 0];
  type Ranked = { id: number; score: number; arm: number };
  let ranked: Ranked[];
  if (request.sort !== 'date') {
    const union = unionOfArms(
      arms,
      (a) => `SELECT ${a.id} AS id, ${rankOf(a.fts as string)} AS score, ${arms.indexOf(a)} AS arm
              FROM ${a.from} WHERE ${a.where}`,
    );
    ranked = db
      .prepare<unknown[], Ranked>(`${union.sql} ORDER BY score, id DESC LIMIT ? OFFSET ?`)
      .all(...union.params, ...page);
  } else if (isFew || arms.length > 1) {
    const union = unionOfArms(
      arms,
      (a) => `SELECT ${a.id} AS id, 0 AS score, ${arms.indexOf(a)} AS arm,
              (SELECT coalesce(d.published_at, d.first_seen_at) FROM items d WHERE d.id = ${a.id}) AS published
              FROM ${a.from} WHERE ${a.where}`,
    );
    ranked = db
      .prepare<unknown[], Ranked>(`${union.sql} ORDER BY published DESC, id DESC LIMIT ? OFFSET ?`)
      .all(...union.params, ...page);
  } else {
    const [a] = arms as [(typeof arms)[number]];
    ranked = db
      .prepare<unknown[], Ranked>(
        `SELECT i.id AS id, 0 AS score, 0 AS arm FROM items i INDEXED BY items_published
         WHERE i.id IN (SELECT ${a.id} FROM ${a.from} WHERE ${a.where})
         ORDER BY ${DATE} DESC, i.id DESC LIMIT ? OFFSET ?`,
      )
      .all(...a.params, ...page);
  }
  const rows = new Map<number, HitRow>();
  for (const [index, arm] of arms.entries()) {
    const mine = ranked.filter((r) => r.arm === index);
    for (const row of mine.length
      ? pageOf(db, fts, mine, arm.fts as 'items_fts' | 'copies_fts', request.sort === 'date')
      : [])
      rows.set(row.id, row);
  }
  // By date, the score shown is the match's bm25 all the same, read with the page.
  const hits = ranked.flatMap((r) => {
    const row = rows.get(r.id);
    return row ? [request.sort === 'date' ? row : { ...row, score: r.score }] : [];
  });
  return { ...total, rankedAmongNewest: null, hits: hits.map(toHit) };
}

/** Returns how many rows the arms select, counting no further than limit. */
function countUpTo(
  db: Database.Database,
  arms: ReadonlyArray<Pick<Arm, 'from' | 'where' | 'params'>>,
  limit: number,
): number {
  const matches = unionOfArms(arms, (a) => `SELECT 1 FROM ${a.from} WHERE ${a.where}`);
  return (
    db
      .prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM (${matches.sql} LIMIT ?)`)
      .get(...matches.params, limit)?.n ?? 0
  );
}

/** Lists items without words to match, newest first, with the filters; copies by feed. */
function searchWithoutWords(db: Database.Database, request: SearchRequest, countCap: number): SearchResult {
  const arms = armsOf(request);
  const union = unionOfArms(
    arms,
    (a) => `SELECT i.id AS id, ${DATE} AS published FROM ${a.from} WHERE ${a.where}`,
  );
  const ids = db
    .prepare<unknown[], { id: number }>(`${union.sql} ORDER BY published DESC, id DESC LIMIT ? OFFSET ?`)
    .all(...union.params, request.limit, request.offset ?? 0)
    .map((r) => r.id);
  const total = totalOf(countUpTo(db, arms, countCap + 1), countCap);
  const rows = new Map(pageWithoutWords(db, ids).map((r) => [r.id, r]));
  const hits = ids.flatMap((id) => rows.get(id) ?? []);
  return { ...total, rankedAmongNewest: null, hits: hits.map(toHit) };
}

/** Returns the rows of items ids (a search without words: the snippet is the start of the text). */
function pageWithoutWords(db: Database.Database, ids: readonly number[]): HitRow[] {
  return db
    .prepare<[string], HitRow>(
      `SELECT i.id, i.title, i.url, ${DATE} AS published, i.source_name, substr(i.text, 1, 200) AS snippet,
              0 AS score, i.duplicate_of AS copy_of, ${PAGE_EXTRAS}
       FROM items i WHERE i.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids));
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

// The search that ranks inside the index finds what the search through items found: the same
// hits, in the same order, with the same scores, snippets and totals, with and without filters.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asFeedId, type SearchResult } from '../../src/model/index.ts';
import { parseQuery } from '../../src/query/index.ts';
import type { SearchRequest, Store } from '../../src/store/index.ts';
import { armsOf } from '../../src/store/sqlite/search-arms.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { freshStore, importOf, rssOf, WIRE_COPY, type TestItem } from './helpers.ts';

/** The search as it was before ranking moved into the index (schema 6), for comparison. */
function searchAsBefore(db: Database.Database, request: SearchRequest): SearchResult {
  const DATE = 'coalesce(i.published_at, i.first_seen_at)';
  // The originals: a request by feed also searches the copies since schema 9, and the feed the
  // variants filter by has none.
  const originals = armsOf(request)[0];
  if (!originals) throw new Error('searchAsBefore: no arm');
  const { from, where, params } = originals;
  const hasText = request.query !== null;
  const order = request.sort === 'date' || !hasText ? `${DATE} DESC` : 'score';
  const snippet = hasText ? "snippet(items_fts, -1, char(2), char(3), '…', 24)" : 'substr(i.text, 1, 200)';
  const rows = db
    .prepare<unknown[], Record<string, unknown>>(
      `SELECT i.id, i.title, i.url, ${DATE} AS published, i.source_name, ${snippet} AS snippet,
              ${hasText ? 'bm25(items_fts, 8.0, 1.0, 2.0)' : '0'} AS score,
              (SELECT count(*) FROM items d WHERE d.duplicate_of = i.id) AS duplicates,
              (SELECT sha256 FROM fetches WHERE id = i.first_fetch_id) AS source_sha256
       FROM ${from} WHERE ${where} ORDER BY ${order}, i.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, request.limit, request.offset ?? 0);
  const total = db
    .prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM ${from} WHERE ${where}`)
    .get(...params)?.n;
  const hits = rows.map((r) => ({
    itemId: r.id,
    title: r.title,
    link: r.url,
    published: r.published,
    source: r.source_name,
    snippet: r.snippet,
    score: -(r.score as number),
    duplicates: r.duplicates,
    sourceSha256: r.source_sha256,
  }));
  return { total: total ?? 0, isTotalCapped: false, rankedAmongNewest: null, hits } as SearchResult;
}

const WORDS = [
  'cotton',
  'labour',
  'camps',
  'report',
  'court',
  'sanctions',
  'police',
  'files',
  'Urumqi',
  'Kashgar',
];
const FILLER = ['the', 'said', 'on', 'a', 'new', 'of', 'and', 'in', 'by', 'which'];

/** Returns a deterministic article of a few topic words among filler words. */
function textOf(k: number): string {
  const words: string[] = [];
  for (let j = 0; j < 12 + (k % 9); j += 1) {
    const r = (k * 7919 + j * 104729) % 97;
    words.push(r % 3 === 0 ? (WORDS[r % WORDS.length] as string) : (FILLER[r % FILLER.length] as string));
  }
  return words.join(' ');
}

const itemsOf = (feed: string, from: number, n: number): TestItem[] =>
  Array.from({ length: n }, (_, j) => ({
    guid: `${feed}-${from + j}`,
    title: `${WORDS[(from + j) % WORDS.length]} ${FILLER[(from + j) % FILLER.length]} ${from + j}`,
    text: textOf(from + j),
    link: `https://${feed}.example/${from + j}`,
    date: new Date(Date.UTC(2022, 0, 1 + (((from + j) * 5) % 60))).toUTCString(),
  }));

let store: Store;
// The same archive through a store that treats every query as one with many matches: filters
// tested against id sets, by date through the date index (search.ts, fewMatches).
let manyStore: Store;
let db: Database.Database;

beforeAll(async () => {
  const fresh = freshStore();
  store = fresh.store;
  const wire = {
    guid: 'w',
    title: 'UN report on Xinjiang camps',
    text: WIRE_COPY,
    date: 'Wed, 31 Aug 2022 20:00:00 GMT',
  };
  await store.importFeed(
    importOf(
      'https://a.example/rss',
      rssOf('Alpha', [wire, ...itemsOf('a', 0, 40)]),
      '2022-09-01T00:00:00.000Z',
    ),
  );
  await store.importFeed(
    importOf(
      'https://b.example/rss',
      rssOf('Beta', [{ ...wire, guid: 'b' }, ...itemsOf('b', 40, 40)]),
      '2022-09-01T01:00:00.000Z',
    ),
  );
  await store.importFeed(
    importOf(
      'https://c.example/rss',
      rssOf('Gamma', [{ ...wire, guid: 'c' }, ...itemsOf('c', 80, 30)]),
      '2022-09-01T02:00:00.000Z',
    ),
  );
  db = new Database(fresh.path, { readonly: true });
  manyStore = SqliteStore.open(fresh.path, {
    searchLimits: { countCap: 10_000, rankWindow: Number.POSITIVE_INFINITY, fewMatches: 0 },
  });
});

afterAll(async () => {
  await manyStore.close();
  db.close();
  await store.close();
});

const QUERIES = [
  'cotton',
  'the',
  'camps OR court',
  'said -police',
  '"UN report"',
  'ka*',
  'sanct*',
  'Urum* OR court',
  'title:report',
  'humanity',
  'report files',
  'nothing',
];
const VARIANTS: ReadonlyArray<Partial<SearchRequest>> = [
  {},
  { offset: 3, limit: 5 },
  { since: '2022-01-20T00:00:00.000Z' },
  { until: '2022-02-10T00:00:00.000Z', sort: 'date' },
  // Alpha holds the wire story's original; Beta's copy is a hit of its own (search-copies.test.ts).
  { feedId: asFeedId(1) },
  { sort: 'date' },
  { since: '2022-01-10T00:00:00.000Z', until: '2022-02-01T00:00:00.000Z' },
  { since: '2022-01-10T00:00:00.000Z', sort: 'date', offset: 2, limit: 7 },
];

describe('search ranked in the index', () => {
  it('has the near-duplicates linked: one hit for the wire story, in two other sources', async () => {
    const result = await store.search({ query: parseQuery('humanity'), limit: 20, sort: 'relevance' });
    expect(result.hits.map((h) => h.duplicates)).toEqual([2]);
  });

  for (const q of QUERIES) {
    it(`finds what the search through items found: ${q}`, async () => {
      let found = 0;
      for (const variant of VARIANTS) {
        const request: SearchRequest = { query: parseQuery(q), limit: 20, sort: 'relevance', ...variant };
        const result = await store.search(request);
        expect(result, JSON.stringify(variant)).toEqual(searchAsBefore(db, request));
        found += result.hits.length;
      }
      expect(found > 0).toBe(q !== 'nothing');
    });
  }
});

describe('search of a query with many matches', () => {
  for (const q of QUERIES) {
    it(`tests matches against the filters' id sets and walks the date index: ${q}`, async () => {
      for (const variant of VARIANTS) {
        const request: SearchRequest = { query: parseQuery(q), limit: 20, sort: 'relevance', ...variant };
        expect(await manyStore.search(request), JSON.stringify(variant)).toEqual(searchAsBefore(db, request));
      }
    });
  }
});

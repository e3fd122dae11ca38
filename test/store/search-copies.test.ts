// A near-duplicate is a hit of its own in a search by its feed or its source (copies_fts), and
// folds into its original everywhere else.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asFeedId, type SearchHit } from '../../src/model/index.ts';
import { parseQuery } from '../../src/query/index.ts';
import type { SearchRequest, Store } from '../../src/store/index.ts';
import { freshStore, importOf, rssOf, WIRE_COPY } from './helpers.ts';

const WIRE = 'https://wire.example/rss';
const PAPER = 'https://paper.example/rss';
const PAPER_FEED = asFeedId(2);
let store: Store;

beforeEach(async () => {
  store = freshStore().store;
  const wire = { guid: 'w1', title: 'UN report', text: WIRE_COPY, date: 'Wed, 31 Aug 2022 20:00:00 GMT' };
  await store.importFeed(importOf(WIRE, rssOf('Wire', [wire]), '2022-09-01T10:00:00.000Z'));
  const paper = [
    { ...wire, guid: 'p1', date: 'Thu, 01 Sep 2022 08:00:00 GMT' },
    { guid: 'p2', title: 'Cotton', text: 'Cotton from the region in a report on humanity.' },
  ];
  const outcome = await store.importFeed(importOf(PAPER, rssOf('Paper', paper), '2022-09-01T11:00:00.000Z'));
  expect(outcome.duplicatesLinked).toBe(1);
});

afterEach(async () => {
  await store.close();
});

/** Returns the hits of a query as [item, copy of, source], by item id when ranked by relevance. */
async function hitsOf(query: string | null, options: Partial<SearchRequest> = {}) {
  const result = await store.search({
    query: query === null ? null : parseQuery(query),
    limit: 20,
    sort: 'relevance',
    ...options,
  });
  const hits = result.hits.map((h: SearchHit) => [h.itemId, h.copyOf ?? null, h.source] as const);
  // In an archive this small every word is in half of an index or more, where bm25()'s IDF is
  // clamped to almost nothing: the order by relevance means nothing here, the order by date does.
  if (result.hits.length > 1 && (options.sort ?? 'relevance') === 'relevance')
    hits.sort((a, b) => a[0] - b[0]);
  return { total: result.total, hits };
}

describe('copies in searches by feed and by source', () => {
  it('finds the copy through its own feed, as a hit of its own', async () => {
    expect(await hitsOf('humanity', { feedId: PAPER_FEED })).toEqual({
      total: 2,
      hits: [
        [2, 1, 'Paper'],
        [3, null, 'Paper'],
      ],
    });
    expect(await hitsOf('humanity', { feedId: PAPER_FEED, sort: 'date' })).toEqual({
      total: 2,
      hits: [
        [3, null, 'Paper'],
        [2, 1, 'Paper'],
      ],
    });
    expect((await hitsOf('humanity', { feedId: asFeedId(1) })).hits).toEqual([[1, null, 'Wire']]);
  });

  it('lists the copies of a feed searched without words', async () => {
    expect((await hitsOf(null, { feedId: PAPER_FEED, sort: 'date' })).hits).toEqual([
      [3, null, 'Paper'],
      [2, 1, 'Paper'],
    ]);
  });

  it('finds the copy through source:', async () => {
    expect(await hitsOf('source:Paper humanity')).toEqual({
      total: 2,
      hits: [
        [2, 1, 'Paper'],
        [3, null, 'Paper'],
      ],
    });
    expect((await hitsOf('source:Paper')).total).toBe(2);
    expect(await hitsOf('source:Wire xinjiang')).toEqual({ total: 1, hits: [[1, null, 'Wire']] });
  });

  it('still folds the copy into its original without a feed or source:', async () => {
    const result = await store.search({ query: parseQuery('xinjiang'), limit: 20, sort: 'relevance' });
    expect(result.hits.map((h) => [h.itemId, h.duplicates, h.copyOf])).toEqual([[1, 1, undefined]]);
    expect((await hitsOf('humanity', { sort: 'date' })).hits).toEqual([
      [3, null, 'Paper'],
      [1, null, 'Wire'],
    ]);
  });

  it("searches a copy's new version, not the old one", async () => {
    const edited = { guid: 'p1', title: 'UN report', text: 'Lhasa and Kashgar, rewritten entirely.' };
    await store.importFeed(importOf(PAPER, rssOf('Paper', [edited]), '2022-09-02T11:00:00.000Z'));
    expect((await hitsOf('lhasa', { feedId: PAPER_FEED })).hits).toEqual([[2, 1, 'Paper']]);
    expect((await hitsOf('source:Paper xinjiang')).hits).toEqual([]);
    expect((await hitsOf('xinjiang')).hits).toEqual([[1, null, 'Wire']]);
  });

  it('exports the copies a source: query selects', async () => {
    const ids = async (query: string): Promise<number[]> => {
      const out: number[] = [];
      for await (const item of store.exportItems({ query: parseQuery(query) })) out.push(item.id);
      return out;
    };
    expect(await ids('source:Paper humanity')).toEqual([2, 3]);
    expect(await ids('humanity')).toEqual([1, 3]);
  });
});

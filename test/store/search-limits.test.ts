// Search counts up to a cap and says so; a query with more matches than the window is ranked
// among its newest matches, and says so; filters and date order still see every match.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/query/index.ts';
import type { Store } from '../../src/store/index.ts';
import type { SearchLimits } from '../../src/store/sqlite/search.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { importOf, rssOf } from './helpers.ts';

const FEED = 'https://wire.example/rss';
let store: Store;

afterEach(async () => {
  await store.close();
});

const DAY = 86_400_000;

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'newswatch-test-')), 'test.db');

/** Returns a store with n items in one feed, item k (1-based) published on day k. */
async function storeOf(path: string, texts: readonly string[], limits: SearchLimits): Promise<Store> {
  const s = SqliteStore.open(path, { searchLimits: limits });
  const items = texts.map((text, k) => ({
    guid: `g${k + 1}`,
    title: `Item ${k + 1}`,
    text,
    date: new Date(Date.UTC(2022, 0, 1) + k * DAY).toUTCString(),
  }));
  // One feed document per item, oldest first, so that ids follow the days.
  for (const k of items.keys()) {
    await s.importFeed(
      importOf(
        FEED,
        rssOf('Wire', items.slice(0, k + 1).reverse()),
        new Date(Date.UTC(2022, 0, 1) + k * DAY).toISOString(),
      ),
    );
  }
  return s;
}

describe('counting and ranking limits', () => {
  const search = (q: string, extra: Partial<Parameters<Store['search']>[0]> = {}) =>
    store.search({ query: parseQuery(q), limit: 20, sort: 'relevance', ...extra });

  it('counts up to the cap and says when it stopped', async () => {
    const texts = ['cotton', 'cotton', 'cotton', 'cotton', 'cotton tomatoes', 'tomatoes'];
    store = await storeOf(tempPath(), texts, { countCap: 3, rankWindow: 100 });
    expect(await search('cotton')).toMatchObject({ total: 3, isTotalCapped: true, rankedAmongNewest: null });
    expect((await search('cotton')).hits).toHaveLength(5);
    expect(await search('tomatoes')).toMatchObject({ total: 2, isTotalCapped: false });
    expect(await search('cotton', { since: '2022-01-02T00:00:00.000Z' })).toMatchObject({
      total: 3,
      isTotalCapped: true,
    });
    expect(await search('cotton', { sort: 'date' })).toMatchObject({ total: 3, isTotalCapped: true });
    expect(await search('cotton', { sort: 'date', since: '2022-01-04T00:00:00.000Z' })).toMatchObject({
      total: 2,
      isTotalCapped: false,
    });
  });

  it('ranks only the newest matches when there are more than the window', async () => {
    // Item 1 matches best (the word three times in a short text); items 4 to 6 are the newest.
    const texts = [
      'cotton cotton cotton',
      'cotton and more words here',
      'cotton and more words',
      'cotton and other words',
      'cotton and words',
      'cotton words',
    ];
    store = await storeOf(tempPath(), texts, { countCap: 100, rankWindow: 3 });
    const windowed = await search('cotton');
    expect(windowed.rankedAmongNewest).toBe(3);
    expect(windowed).toMatchObject({ total: 3, isTotalCapped: true });
    expect(windowed.hits.map((h) => h.itemId)).toEqual([6, 5, 4]);
    expect((await search('cotton', { offset: 2 })).hits.map((h) => h.itemId)).toEqual([4]);
    // Filters and date order still see every match.
    expect((await search('cotton', { sort: 'date' })).hits.map((h) => h.itemId)).toEqual([6, 5, 4, 3, 2, 1]);
    expect((await search('cotton', { until: '2022-01-03T00:00:00.000Z' })).hits.map((h) => h.itemId)).toEqual(
      [1, 2],
    );
    await store.close();
    store = await storeOf(tempPath(), texts, { countCap: 100, rankWindow: 6 });
    const whole = await search('cotton');
    expect(whole.rankedAmongNewest).toBeNull();
    expect(whole.hits[0]?.itemId).toBe(1);
  });
});

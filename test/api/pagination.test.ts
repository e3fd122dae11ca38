// Cursor pagination: walking the pages returns every item exactly once.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { asFeedId } from '../../src/model/index.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { importThroughApi, makeApp, rssWith, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

async function walk<T>(t: TestApp, first: string, field: string): Promise<T[]> {
  const seen: T[] = [];
  let url: string | null = first;
  while (url) {
    const page = (await (await t.call(url)).json()) as Record<string, unknown> & {
      nextCursor: string | null;
    };
    seen.push(...(page[field] as T[]));
    url = page.nextCursor ? `${first}&cursor=${encodeURIComponent(page.nextCursor)}` : null;
  }
  return seen;
}

describe('cursor pagination', () => {
  it('walks search results by relevance: all 45 hits exactly once', async () => {
    t = makeApp();
    await importThroughApi(t, rssWith(45));
    const hits = await walk<{ itemId: number }>(t, '/api/search?q=cotton&limit=7', 'hits');
    const ids = hits.map((h) => h.itemId);
    expect(ids.length).toBe(45);
    expect(new Set(ids).size).toBe(45);
  });

  it('walks past a capped count, and says that the count and the ranking were cut short', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'newswatch-api-')), 'test.db');
    t = makeApp({ store: SqliteStore.open(path, { searchLimits: { countCap: 10, rankWindow: 30 } }) });
    await importThroughApi(t, rssWith(45));
    const first = await (await t.call('/api/search?q=cotton&limit=7')).json();
    expect(first).toMatchObject({ total: 10, isTotalCapped: true, rankedAmongNewest: 30 });
    const hits = await walk<{ itemId: number }>(t, '/api/search?q=cotton&limit=7', 'hits');
    expect(new Set(hits.map((h) => h.itemId)).size).toBe(30);
    const page = await (await t.call('/search?q=cotton')).text();
    expect(page).toContain(
      '<p role="status">more than 10 results; the most relevant among the newest 30 are shown</p>',
    );
  });

  it('walks search results by date, newest first', async () => {
    t = makeApp();
    await importThroughApi(t, rssWith(12));
    const hits = await walk<{ published: string }>(t, '/api/search?q=cotton&sort=date&limit=5', 'hits');
    const dates = hits.map((h) => h.published);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates.length).toBe(12);
  });

  it('walks feeds by id', async () => {
    t = makeApp();
    for (let i = 0; i < 5; i++)
      await t.store.addFeed({ url: `https://example.org/${i}.xml` }, '2024-01-01T00:00:00Z');
    const feeds = await walk<{ id: number }>(t, '/api/feeds?limit=2', 'feeds');
    expect(feeds.map((f) => f.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('walks fetch attempts newest first', async () => {
    t = makeApp();
    const feed = await t.store.addFeed({ url: 'https://example.org/a.xml' }, '2024-01-01T00:00:00Z');
    for (let i = 0; i < 5; i++) {
      await t.store.recordAttempt(
        {
          feedId: asFeedId(feed.id),
          startedAt: `2024-01-0${i + 1}T00:00:00.000Z`,
          durationMs: 10,
          outcome: 'error',
          code: 'fetch.timeout',
          message: 'slow',
          httpStatus: null,
          finalUrl: null,
          fetchId: null,
        },
        {
          nextFetchAt: '2024-02-01T00:00:00Z',
          etag: null,
          lastModified: null,
          isFullFetch: false,
          redirect: { target: null, seen: 0, firstSeenAt: null },
        },
      );
    }
    const attempts = await walk<{ startedAt: string }>(
      t,
      `/api/feeds/${feed.id}/attempts?limit=2`,
      'attempts',
    );
    expect(attempts.map((a) => a.startedAt.slice(0, 10))).toEqual([
      '2024-01-05',
      '2024-01-04',
      '2024-01-03',
      '2024-01-02',
      '2024-01-01',
    ]);
  });

  it('refuses a cursor from another query', async () => {
    t = makeApp();
    await importThroughApi(t, rssWith(5));
    const page = (await (await t.call('/api/search?q=cotton&limit=2')).json()) as { nextCursor: string };
    const res = await t.call(`/api/search?q=report&limit=2&cursor=${page.nextCursor}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'input.bad_cursor',
        message: 'api: the cursor is malformed or belongs to another request',
      },
    });
  });

  it('refuses a forged cursor', async () => {
    t = makeApp();
    expect((await t.call('/api/feeds?cursor=bm90LWpzb24')).status).toBe(400);
  });
});

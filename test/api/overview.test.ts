// GET /api/overview: the counts, the 30 days of items, the newest items and the failing feeds.
import { afterEach, describe, expect, it } from 'vitest';
import { asFeedId } from '../../src/model/index.ts';
import { importThroughApi, makeApp, REMOTE, rssWith, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

interface OverviewBody {
  counts: Record<string, number>;
  perDay: Array<{ day: string; count: number }>;
  newItems: Array<{ title: string }>;
  failingFeeds: Array<{ url: string; state: string }>;
  followedFeeds: number;
}

async function failOnce(app: TestApp, url: string): Promise<void> {
  const feed = await app.store.addFeed({ url }, '2024-03-01T00:00:00.000Z');
  await app.store.recordAttempt(
    {
      feedId: asFeedId(feed.id),
      startedAt: '2024-03-02T11:00:00.000Z',
      durationMs: 10,
      outcome: 'error',
      code: 'fetch.timeout',
      message: 'fetch: timed out',
      httpStatus: null,
      finalUrl: null,
      fetchId: null,
    },
    {
      nextFetchAt: '2024-03-02T13:00:00.000Z',
      etag: null,
      lastModified: null,
      isFullFetch: false,
      redirect: { target: null, seen: 0, firstSeenAt: null },
    },
  );
}

describe('GET /api/overview', () => {
  it('counts the archive, fills 30 days of items with zeros, lists the newest items and the failing feeds', async () => {
    t = makeApp({ now: () => new Date('2024-03-02T12:00:00Z') });
    await importThroughApi(t, rssWith(3, 'Wire'));
    await t.store.addFeed({ url: 'https://fine.example/rss' }, '2024-03-01T00:00:00.000Z');
    await failOnce(t, 'https://broken.example/rss');
    const res = await t.call('/api/overview');
    const body = (await res.json()) as OverviewBody;
    expect([res.status, body.counts, body.followedFeeds]).toEqual([
      200,
      { items: 3, itemsSince: 3, feeds: 3, failingFeeds: 1, fetches: 1 },
      2,
    ]);
    expect(body.perDay.length).toBe(30);
    expect([body.perDay[0], body.perDay.filter((d) => d.count > 0), body.perDay.at(-1)]).toEqual([
      { day: '2024-02-02', count: 0 },
      [
        { day: '2024-02-28', count: 1 },
        { day: '2024-02-29', count: 1 },
        { day: '2024-03-01', count: 1 },
      ],
      { day: '2024-03-02', count: 0 },
    ]);
    // The newest stored first: one import stores a feed's items in document order.
    expect(body.newItems.map((i) => i.title)).toEqual(['Wire story 2', 'Wire story 1', 'Wire story 0']);
    expect(body.failingFeeds.map((f) => [f.url, f.state])).toEqual([
      ['https://broken.example/rss', 'failing'],
    ]);
  });

  it('needs a reader at least from elsewhere', async () => {
    t = makeApp();
    expect((await t.call('/api/overview', { from: REMOTE })).status).toBe(401);
  });
});

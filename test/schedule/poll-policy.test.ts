import { describe, expect, it } from 'vitest';
import { asFeedId, type FeedSchedule } from '../../src/model/index.ts';
import { adaptiveInterval, isFullFetchDue, nextFetchAt, trackRedirect } from '../../src/schedule/index.ts';

const NOW = '2022-09-01T12:00:00.000Z';

function feed(overrides: Partial<FeedSchedule> = {}): FeedSchedule {
  return {
    feedId: asFeedId(0),
    url: 'https://example.org/feed',
    etag: null,
    lastModified: null,
    lastFullFetchAt: null,
    intervalSeconds: null,
    errorCount: 0,
    redirectTarget: null,
    redirectSeen: 0,
    redirectFirstSeenAt: null,
    fetchFullText: false,
    recentItemTimes: [],
    ...overrides,
  };
}

const hoursAgo = (h: number) => new Date(Date.parse(NOW) - h * 3600_000).toISOString();

describe('the polling policy', () => {
  it('polls a feed with no history hourly', () => {
    expect(adaptiveInterval(feed())).toBe(3600);
  });

  it('polls a feed that publishes every two hours hourly, and one that publishes daily every 12 hours', () => {
    expect(adaptiveInterval(feed({ recentItemTimes: [0, 2, 4, 6, 8].map(hoursAgo) }))).toBe(3600);
    expect(adaptiveInterval(feed({ recentItemTimes: [0, 24, 48, 72, 96].map(hoursAgo) }))).toBe(12 * 3600);
  });

  it('keeps the adaptive interval within five minutes and a day', () => {
    expect(adaptiveInterval(feed({ recentItemTimes: [0, 0.01, 0.02, 0.03, 0.04].map(hoursAgo) }))).toBe(300);
    expect(adaptiveInterval(feed({ recentItemTimes: [0, 100, 200, 300, 400].map(hoursAgo) }))).toBe(86400);
  });

  it('uses the interval the user set over the adaptive one', () => {
    expect(
      adaptiveInterval(feed({ intervalSeconds: 600, recentItemTimes: [0, 24, 48, 72].map(hoursAgo) })),
    ).toBe(600);
  });

  it('backs off exponentially after errors, up to a day', () => {
    const after = (errorCount: number) =>
      (Date.parse(nextFetchAt(feed({ errorCount }), { isError: true, retryAfterMs: null }, NOW)) -
        Date.parse(NOW)) /
      1000;
    expect([after(0), after(1), after(2), after(10)]).toEqual([3600, 7200, 14400, 86400]);
  });

  it('waits at least as long as Retry-After says', () => {
    const next = nextFetchAt(feed(), { isError: true, retryAfterMs: 3 * 3600_000 }, NOW);
    expect(next).toBe('2022-09-01T15:00:00.000Z');
  });

  it('spreads feeds by up to a tenth of their interval, always the same way for a feed', () => {
    const a = nextFetchAt(feed({ feedId: asFeedId(7) }), { isError: false, retryAfterMs: null }, NOW);
    expect(a).toBe(nextFetchAt(feed({ feedId: asFeedId(7) }), { isError: false, retryAfterMs: null }, NOW));
    const extra = (Date.parse(a) - Date.parse(NOW)) / 1000 - 3600;
    expect(extra).toBeGreaterThanOrEqual(0);
    expect(extra).toBeLessThanOrEqual(360);
  });

  it('asks for a full fetch a week after the last one', () => {
    expect(isFullFetchDue(feed({ lastFullFetchAt: hoursAgo(24) }), NOW)).toBe(false);
    expect(isFullFetchDue(feed({ lastFullFetchAt: hoursAgo(7 * 24) }), NOW)).toBe(true);
    expect(isFullFetchDue(feed(), NOW)).toBe(true);
  });

  it('moves a feed only after its permanent redirect was seen three times over a day', () => {
    const target = 'https://example.org/new-feed';
    const first = trackRedirect(feed(), target, hoursAgo(30));
    expect(first).toEqual({ state: { target, seen: 1, firstSeenAt: hoursAgo(30) }, moveTo: null });
    const second = trackRedirect(
      feed({ redirectTarget: target, redirectSeen: 1, redirectFirstSeenAt: hoursAgo(30) }),
      target,
      hoursAgo(2),
    );
    expect(second.moveTo).toBeNull();
    const third = trackRedirect(
      feed({ redirectTarget: target, redirectSeen: 2, redirectFirstSeenAt: hoursAgo(30) }),
      target,
      NOW,
    );
    expect(third.moveTo).toBe(target);
  });

  it('starts counting again when the redirect goes elsewhere or stops', () => {
    const state = feed({
      redirectTarget: 'https://a.example/',
      redirectSeen: 2,
      redirectFirstSeenAt: hoursAgo(30),
    });
    expect(trackRedirect(state, 'https://b.example/', NOW).state.seen).toBe(1);
    expect(trackRedirect(state, null, NOW).state).toEqual({ target: null, seen: 0, firstSeenAt: null });
  });
});

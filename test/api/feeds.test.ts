// /api/feeds: follow by URL (against a feed server on 127.0.0.1), list, get, remove, OPML.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeApp, rssWith, serveFiles, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
let site: { url: string; close: () => Promise<void> } | null = null;
afterEach(async () => {
  await t?.close();
  await site?.close();
  t = null;
  site = null;
});

const json = { 'content-type': 'application/json' };

async function setUp() {
  site = await serveFiles({
    '/feed.xml': ['application/rss+xml', rssWith(2, 'Wire')],
    '/page': [
      'text/html',
      '<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>hi</body></html>',
    ],
  });
  t = makeApp();
  return { t, site };
}

describe('following feeds', () => {
  it('adds a feed by its URL', async () => {
    const { t, site } = await setUp();
    const res = await t.call('/api/feeds', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ url: `${site.url}/feed.xml` }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      feed: { id: number; url: string; title: string; state: string };
      alternatives: string[];
    };
    expect([body.feed.url, body.feed.title, body.feed.state, body.alternatives]).toEqual([
      `${site.url}/feed.xml`,
      'Wire',
      'active',
      [],
    ]);
  });

  it('finds the feed a page links to', async () => {
    const { t, site } = await setUp();
    const res = await t.call('/api/feeds', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ url: `${site.url}/page` }),
    });
    expect(((await res.json()) as { feed: { url: string } }).feed.url).toBe(`${site.url}/feed.xml`);
  });

  it('answers 422 for a page with no feed', async () => {
    site = await serveFiles({ '/plain': ['text/html', '<html><body>no feed here</body></html>'] });
    t = makeApp();
    const res = await t.call('/api/feeds', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ url: `${site.url}/plain` }),
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        code: 'fetch.not_a_feed',
        message: `feeds: ${site.url}/plain is not a feed and links to none`,
      },
    });
  });

  it('answers 409 for a feed already followed', async () => {
    const { t, site } = await setUp();
    const add = () =>
      t.call('/api/feeds', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ url: `${site.url}/feed.xml` }),
      });
    await add();
    const res = await add();
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('input.feed_exists');
  });

  it('gets one feed with its state and errors', async () => {
    t = makeApp();
    const feed = await t.store.addFeed(
      { url: 'https://example.org/a.xml', title: 'A' },
      '2024-01-01T00:00:00.000Z',
    );
    const res = await t.call(`/api/feeds/${feed.id}`);
    const body = (await res.json()) as Record<string, unknown>;
    expect([body['title'], body['state'], body['errorCount'], body['lastErrorCode']]).toEqual([
      'A',
      'active',
      0,
      null,
    ]);
  });

  it("gives a feed's former URLs in its JSON and in the list, and each attempt's headers and sha256", async () => {
    t = makeApp();
    const feed = await t.store.addFeed({ url: 'https://example.org/old.xml' }, '2024-01-01T00:00:00.000Z');
    await t.store.moveFeed(
      feed.id,
      'https://example.org/new.xml',
      'permanent redirect',
      '2024-01-02T00:00:00.000Z',
    );
    const page = Buffer.from('<html><body>Access Denied</body></html>');
    await t.store.recordAttempt(
      {
        feedId: feed.id,
        startedAt: '2024-01-03T00:00:00.000Z',
        durationMs: 5,
        outcome: 'error',
        code: 'fetch.http_403',
        message: 'fetch: HTTP 403',
        httpStatus: 403,
        finalUrl: 'https://example.org/new.xml',
        fetchId: null,
      },
      {
        nextFetchAt: '2024-01-03T01:00:00.000Z',
        etag: null,
        lastModified: null,
        isFullFetch: false,
        redirect: { target: null, seen: 0, firstSeenAt: null },
      },
      { headers: { server: 'AkamaiGHost', 'content-type': 'text/html' }, body: page, isBodyTruncated: false },
    );
    const history = [
      {
        oldUrl: 'https://example.org/old.xml',
        newUrl: 'https://example.org/new.xml',
        changedAt: '2024-01-02T00:00:00.000Z',
        reason: 'permanent redirect',
      },
    ];
    const one = (await (await t.call(`/api/feeds/${feed.id}`)).json()) as Record<string, unknown>;
    expect([one['url'], one['urlHistory']]).toEqual(['https://example.org/new.xml', history]);
    const list = (await (await t.call('/api/feeds')).json()) as { feeds: Array<Record<string, unknown>> };
    expect(list.feeds.map((f) => f['urlHistory'])).toEqual([history]);
    const attempts = (await (await t.call(`/api/feeds/${feed.id}/attempts`)).json()) as {
      attempts: Array<Record<string, unknown>>;
    };
    expect(attempts.attempts[0]).toMatchObject({
      httpStatus: 403,
      httpHeaders: { server: 'AkamaiGHost', 'content-type': 'text/html' },
      sha256: createHash('sha256').update(page).digest('hex'),
      byteLength: page.byteLength,
      isBodyTruncated: false,
    });
    expect(
      Buffer.from((await t.store.getBlob(attempts.attempts[0]!['sha256'] as string))!).equals(page),
    ).toBe(true);
  });

  it('answers 404 for an unknown feed', async () => {
    t = makeApp();
    expect((await t.call('/api/feeds/99')).status).toBe(404);
  });

  it('removes a feed, which then lists only with removed=include', async () => {
    t = makeApp();
    const feed = await t.store.addFeed({ url: 'https://example.org/a.xml' }, '2024-01-01T00:00:00.000Z');
    expect((await t.call(`/api/feeds/${feed.id}`, { method: 'DELETE' })).status).toBe(204);
    const listed = async (q: string) =>
      ((await (await (t as TestApp).call(`/api/feeds${q}`)).json()) as { feeds: unknown[] }).feeds.length;
    expect([await listed(''), await listed('?removed=include'), await listed('?removed=only')]).toEqual([
      0, 1, 1,
    ]);
  });

  it('answers 404 when removing a feed twice', async () => {
    t = makeApp();
    const feed = await t.store.addFeed({ url: 'https://example.org/a.xml' }, '2024-01-01T00:00:00.000Z');
    await t.call(`/api/feeds/${feed.id}`, { method: 'DELETE' });
    expect((await t.call(`/api/feeds/${feed.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('filters the list by state', async () => {
    t = makeApp();
    await t.store.addFeed({ url: 'https://example.org/a.xml' }, '2024-01-01T00:00:00.000Z');
    const res = await t.call('/api/feeds?state=failing');
    expect(await res.json()).toEqual({ feeds: [], nextCursor: null });
  });
});

describe('OPML', () => {
  const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
<outline text="A" type="rss" xmlUrl="https://a.example/feed.xml"/><outline text="B" type="rss" xmlUrl="https://b.example/rss"/></body></opml>`;

  it('follows the feeds of an uploaded OPML file', async () => {
    t = makeApp();
    const res = await t.call('/api/feeds/opml', {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: opml,
    });
    expect(await res.json()).toEqual({ added: 2, existing: 0, problems: [] });
  });

  it('counts feeds already followed', async () => {
    t = makeApp();
    await t.call('/api/feeds/opml', { method: 'POST', headers: { 'content-type': 'text/xml' }, body: opml });
    const res = await t.call('/api/feeds/opml', {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: opml,
    });
    expect(await res.json()).toEqual({ added: 0, existing: 2, problems: [] });
  });

  it('accepts a multipart upload', async () => {
    t = makeApp();
    const form = new FormData();
    form.append('file', new Blob([opml], { type: 'text/xml' }), 'subs.opml');
    const res = await t.call('/api/feeds/opml', { method: 'POST', body: form });
    expect(((await res.json()) as { added: number }).added).toBe(2);
  });

  it('exports the followed feeds as OPML', async () => {
    t = makeApp();
    await t.store.addFeed({ url: 'https://a.example/feed.xml', title: 'A & B' }, '2024-01-01T00:00:00.000Z');
    const res = await t.call('/api/feeds/opml');
    const text = await res.text();
    expect(res.headers.get('content-type')).toBe('text/x-opml; charset=utf-8');
    expect(text).toContain('xmlUrl="https://a.example/feed.xml"');
    expect(text).toContain('text="A &amp; B"');
  });
});

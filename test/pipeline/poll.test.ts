// Polling against a real HTTP server on 127.0.0.1, with time driven by the test.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeedFetcher, type FeedFetcher } from '../../src/fetch/index.ts';
import { asFeedId, asItemId } from '../../src/model/index.ts';
import { fetchArticle, findFeed, pollOnce } from '../../src/pipeline/index.ts';
import type { Store } from '../../src/store/index.ts';
import { freshStore, rssOf } from '../store/helpers.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server;
let base: string;
let handler: Handler;
let store: Store;
let fetcher: FeedFetcher;
let clock: Date;

beforeEach(async () => {
  server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  store = freshStore().store;
  clock = new Date('2022-09-01T10:00:00Z');
  fetcher = createFeedFetcher({ now: () => clock, allow: ['127.0.0.1'] });
});

afterEach(async () => {
  await fetcher.close();
  await store.close();
  await new Promise((resolve) => server.close(resolve));
});

const deps = () => ({ store, fetcher, now: () => clock });
const later = (hours: number) => (clock = new Date(clock.getTime() + hours * 3600_000));
const FEED = rssOf('Wire', [{ guid: 'a', title: 'UN report published', text: 'Text' }]);

function serveFeedTo(req: IncomingMessage, res: ServerResponse, body = FEED, etag = '"v1"'): void {
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag }).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
}

function serveFeed(body: string, etag = '"v1"'): void {
  handler = (req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
  };
}

describe('polling', () => {
  it('fetches a due feed, stores its items, then asks with its ETag and gets 304', async () => {
    serveFeed(FEED);
    const feed = await store.addFeed({ url: `${base}/feed.xml` }, clock.toISOString());
    const first = await pollOnce(deps());
    expect(first.map((r) => [r.outcome, r.itemsNew])).toEqual([['ok', 1]]);
    expect(await pollOnce(deps())).toEqual([]);
    later(2);
    const second = await pollOnce(deps());
    expect(second.map((r) => r.outcome)).toEqual(['not_modified']);
    const listed = (await store.listFeeds())[0];
    expect([listed?.id, listed?.title, listed?.itemCount, listed?.lastStatus]).toEqual([
      feed.id,
      'Wire',
      1,
      304,
    ]);
  });

  it('asks one host at most perHost at a time and returns results in the order feeds were due', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    handler = (req, res) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        if (req.url === '/feed2.xml') res.writeHead(500).end('oops');
        else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
      }, 20);
    };
    for (let n = 0; n < 5; n++) await store.addFeed({ url: `${base}/feed${n}.xml` }, clock.toISOString());
    const results = await pollOnce(deps(), { limit: 10, concurrency: 10, perHost: 2 });
    expect(mostInFlight).toBe(2);
    expect(results.map((r) => [r.feedId, r.code])).toEqual([
      [1, null],
      [2, null],
      [3, 'fetch.http_500'],
      [4, null],
      [5, null],
    ]);
  });

  it('records a failure with its code and keeps the items', async () => {
    serveFeed(FEED);
    await store.addFeed({ url: `${base}/feed.xml` }, clock.toISOString());
    await pollOnce(deps());
    handler = (_req, res) => res.writeHead(500).end('oops');
    later(2);
    const result = await pollOnce(deps());
    expect(result.map((r) => r.code)).toEqual(['fetch.http_500']);
    const listed = (await store.listFeeds())[0];
    expect([listed?.state, listed?.lastErrorCode, listed?.errorCount, listed?.itemCount]).toEqual([
      'failing',
      'fetch.http_500',
      1,
      1,
    ]);
  });

  it('keeps the headers and the body (a blob, by sha256) of a 403 and a 503, and the headers of a 304', async () => {
    const challenge = Buffer.from(
      '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>',
    );
    const maintenance = Buffer.from('<html><body>Down for maintenance</body></html>');
    handler = (req, res) => {
      if (req.url === '/blocked.xml')
        res
          .writeHead(403, {
            server: 'cloudflare',
            'cf-ray': '8a1b2c3d4e5f6a7b-AMS',
            'content-type': 'text/html',
          })
          .end(challenge);
      else if (req.url === '/busy.xml')
        res.writeHead(503, { 'retry-after': '600', 'content-type': 'text/html' }).end(maintenance);
      else serveFeedTo(req, res);
    };
    const blocked = await store.addFeed({ url: `${base}/blocked.xml` }, clock.toISOString());
    const busy = await store.addFeed({ url: `${base}/busy.xml` }, clock.toISOString());
    const fresh = await store.addFeed({ url: `${base}/feed.xml` }, clock.toISOString());
    const first = await pollOnce(deps());
    expect(first.map((r) => [r.feedId, r.code])).toEqual([
      [blocked.id, 'fetch.blocked_by_bot_protection'],
      [busy.id, 'fetch.http_503'],
      [fresh.id, null],
    ]);
    later(24);
    expect((await pollOnce(deps())).find((r) => r.feedId === fresh.id)?.outcome).toBe('not_modified');

    const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const [forbidden] = await store.listAttempts(blocked.id, 1, null);
    expect(forbidden).toMatchObject({
      httpStatus: 403,
      code: 'fetch.blocked_by_bot_protection',
      sha256: sha256(challenge),
      byteLength: challenge.byteLength,
      isBodyTruncated: false,
      fetchId: null,
    });
    expect(forbidden?.httpHeaders).toMatchObject({ server: 'cloudflare', 'cf-ray': '8a1b2c3d4e5f6a7b-AMS' });
    expect(Buffer.from((await store.getBlob(forbidden!.sha256!))!).equals(challenge)).toBe(true);

    const [unavailable] = await store.listAttempts(busy.id, 1, null);
    expect(unavailable).toMatchObject({ httpStatus: 503, sha256: sha256(maintenance) });
    expect(unavailable?.httpHeaders?.['retry-after']).toBe('600');
    expect(Buffer.from((await store.getBlob(unavailable!.sha256!))!).equals(maintenance)).toBe(true);

    const [notModified, ok] = await store.listAttempts(fresh.id, 2, null);
    expect(notModified).toMatchObject({
      outcome: 'not_modified',
      httpStatus: 304,
      sha256: null,
      byteLength: null,
    });
    expect(notModified?.httpHeaders?.['etag']).toBe('"v1"');
    expect(ok).toMatchObject({ outcome: 'ok', httpStatus: 200, sha256: sha256(Buffer.from(FEED)) });
    expect(ok?.httpHeaders?.['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect((await store.getFetch(ok!.fetchId!))?.sha256).toBe(ok?.sha256);
  });

  it('keeps no headers for an attempt that got no response', async () => {
    const feed = await store.addFeed({ url: 'http://127.0.0.1:1/feed.xml' }, clock.toISOString());
    const [result] = await pollOnce(deps());
    expect(result?.code).toBe('fetch.connect');
    const [attempt] = await store.listAttempts(feed.id, 1, null);
    expect(attempt).toMatchObject({ httpStatus: null, httpHeaders: null, sha256: null, byteLength: null });
  });

  it('reports an HTML page as not a feed and archives what it said', async () => {
    handler = (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Log in</body></html>');
    await store.addFeed({ url: `${base}/feed.xml` }, clock.toISOString());
    const result = await pollOnce(deps());
    expect(result.map((r) => r.code)).toEqual(['fetch.not_a_feed']);
  });

  it('moves a feed only after its permanent redirect held for three fetches over a day', async () => {
    handler = (req, res) => {
      if (req.url === '/old.xml') res.writeHead(301, { location: `${base}/new.xml` }).end();
      else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
    };
    const feed = await store.addFeed(
      { url: `${base}/old.xml`, intervalSeconds: 12 * 3600 },
      clock.toISOString(),
    );
    const times: string[] = [];
    for (let round = 0; round < 3; round++) {
      expect(await store.urlHistory(feed.id)).toEqual([]);
      times.push(clock.toISOString());
      const [result] = await pollOnce(deps());
      expect(result?.movedTo).toBe(round === 2 ? `${base}/new.xml` : null);
      later(13);
    }
    expect((await store.getFeedByUrl(`${base}/new.xml`))?.id).toBe(feed.id);
    expect(await store.urlHistory(feed.id)).toEqual([
      {
        oldUrl: `${base}/old.xml`,
        newUrl: `${base}/new.xml`,
        changedAt: times[2],
        reason: `permanent redirect seen 3 times since ${times[0]}`,
      },
    ]);
  });

  it('does not move a feed for a temporary redirect', async () => {
    handler = (req, res) => {
      if (req.url === '/old.xml') res.writeHead(302, { location: `${base}/new.xml` }).end();
      else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
    };
    await store.addFeed({ url: `${base}/old.xml`, intervalSeconds: 12 * 3600 }, clock.toISOString());
    for (let round = 0; round < 3; round++) {
      await pollOnce(deps());
      later(13);
    }
    expect(await store.getFeedByUrl(`${base}/old.xml`)).not.toBeNull();
  });

  it('keeps the earlier version when a polled item changes', async () => {
    serveFeed(FEED, '"v1"');
    await store.addFeed({ url: `${base}/feed.xml` }, clock.toISOString());
    await pollOnce(deps());
    serveFeed(
      rssOf('Wire', [{ guid: 'a', title: 'UN report published, China rejects it', text: 'Text' }]),
      '"v2"',
    );
    later(2);
    await pollOnce(deps());
    const detail = await store.getItem(asItemId(1));
    expect(detail?.item.title).toBe('UN report published, China rejects it');
    expect(detail?.versions.map((v) => [v.title, v.changedFields])).toEqual([
      ['UN report published', ['title']],
    ]);
  });
});

describe('finding and fetching', () => {
  it('finds the feed a web page links to', async () => {
    handler = (req, res) => {
      if (req.url === '/')
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head></html>');
      else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
    };
    const found = await findFeed(fetcher, `${base}/`, clock);
    expect(found).toEqual({
      ok: true,
      url: `${base}/rss`,
      title: 'Wire',
      siteUrl: 'https://wire.example/',
      alternatives: [],
    });
  });

  it('stores the full article of an excerpt as a new version with its page as provenance', async () => {
    const article = `<html><head><title>UN report</title></head><body><nav>Menu</nav><article><h1>UN report</h1>${'<p>The United Nations human rights office said China may have committed crimes against humanity in Xinjiang. </p>'.repeat(5)}</article></body></html>`;
    handler = (req, res) => {
      if (req.url === '/article')
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
      else
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
          rssOf('Wire', [
            {
              guid: 'a',
              title: 'UN report',
              text: 'The UN said… Continue reading...',
              link: `${base}/article`,
            },
          ]),
        );
    };
    await store.addFeed({ url: `${base}/feed.xml` }, clock.toISOString());
    await pollOnce(deps());
    expect((await store.getItem(asItemId(1)))?.item.truncated).toBe(true);
    const result = await fetchArticle(store, fetcher, 1);
    expect(result.ok).toBe(true);
    const detail = await store.getItem(asItemId(1));
    expect(detail?.item.truncated).toBe(false);
    expect(detail?.item.text).toContain('crimes against humanity in Xinjiang');
    expect(detail?.versions[0]?.text).toBe('The UN said… Continue reading...');
    expect(detail?.provenance.at(-1)?.source).toBe(`${base}/article`);
    expect((await store.getFeed(asFeedId(1)))?.itemCount).toBe(1);
  });
});

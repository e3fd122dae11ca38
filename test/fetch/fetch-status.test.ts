import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetch/index.ts';
import { LOCAL, RSS, sendFeed, startServer, type TestServer } from './test-server.ts';

let server: TestServer;
let version = 0;
const BAD_GATEWAY = '<html><body><h1>502 Bad Gateway</h1></body></html>';
const HUGE_PAGE = Buffer.alloc(200 * 1024, 'x');

beforeAll(async () => {
  server = await startServer({
    '/feed': sendFeed(RSS, { etag: '"v1"', 'last-modified': 'Tue, 01 Jan 2030 00:00:00 GMT' }),
    '/conditional': (req, res) => {
      const isFresh =
        req.headers['if-none-match'] === '"v1"' ||
        req.headers['if-modified-since'] === 'Tue, 01 Jan 2030 00:00:00 GMT';
      if (isFresh) res.writeHead(304, { etag: '"v1"' }).end();
      else sendFeed(RSS, { etag: '"v1"', 'last-modified': 'Tue, 01 Jan 2030 00:00:00 GMT' })(req, res);
    },
    '/changing': (req, res) =>
      sendFeed(`<rss version="2.0"><channel><title>v${++version}</title></channel></rss>`)(req, res),
    '/html': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!DOCTYPE html><html><head><title>Home</title></head></html>'),
    '/rate': (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end('slow down'),
    '/rate-date': (_req, res) => res.writeHead(429, { 'retry-after': 'Wed, 02 Jan 2030 03:05:05 GMT' }).end(),
    '/broken': (_req, res) =>
      res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error'),
    '/unavailable': (_req, res) => res.writeHead(503, { 'retry-after': '30' }).end('maintenance'),
    '/gone': (_req, res) => res.writeHead(410).end(),
    '/gzip-error': (_req, res) =>
      res
        .writeHead(502, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
        .end(gzipSync(BAD_GATEWAY)),
    '/huge-error': (_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end(HUGE_PAGE),
  });
});
afterAll(() => server.close());

describe('fetchFeed statuses', () => {
  it('returns the body, validators and lower-cased headers of a 200', async () => {
    const result = await fetchFeed({ url: server.url('/feed') }, LOCAL);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.status).toBe(200);
    expect(result.finalUrl).toBe(server.url('/feed'));
    expect(new TextDecoder().decode(result.body)).toBe(RSS);
    expect(result.etag).toBe('"v1"');
    expect(result.lastModified).toBe('Tue, 01 Jan 2030 00:00:00 GMT');
    expect(result.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(result.fetchedAt).toBe('2030-01-02T03:04:05.000Z');
    expect(result.redirects).toEqual([]);
    expect(result.isPermanentRedirect).toBe(false);
    expect(result.looksLikeHtml).toBe(false);
    expect(result.warnings).toEqual([]);
  });

  it('sends a clear User-Agent, feed types first in Accept, and the encodings it reads', async () => {
    await fetchFeed(
      { url: server.url('/feed') },
      { ...LOCAL, userAgent: 'newswatch-test/1 (+https://example.org/c)' },
    );
    const { headers } = server.requests.at(-1)!;
    expect(headers['user-agent']).toBe('newswatch-test/1 (+https://example.org/c)');
    expect(headers['accept']?.startsWith('application/rss+xml, application/atom+xml')).toBe(true);
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('round-trips ETag and Last-Modified into a 304 not_modified', async () => {
    const first = await fetchFeed({ url: server.url('/conditional') }, LOCAL);
    if (first.kind !== 'ok') throw new Error(first.kind);
    const second = await fetchFeed(
      { url: server.url('/conditional'), etag: first.etag, lastModified: first.lastModified },
      LOCAL,
    );
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"');
    expect(server.requests.at(-1)!.headers['if-modified-since']).toBe('Tue, 01 Jan 2030 00:00:00 GMT');
    expect(second).toMatchObject({
      kind: 'not_modified',
      status: 304,
      etag: '"v1"',
      lastModified: 'Tue, 01 Jan 2030 00:00:00 GMT',
    });
  });

  it('sends no validators on a forced full fetch', async () => {
    const result = await fetchFeed(
      { url: server.url('/conditional'), etag: '"v1"', isForcedFull: true },
      LOCAL,
    );
    expect(result.kind).toBe('ok');
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe(undefined);
    expect(server.requests.at(-1)!.headers['cache-control']).toBe('no-cache');
  });

  it('returns different bytes when the feed changes between fetches', async () => {
    const first = await fetchFeed({ url: server.url('/changing') }, LOCAL);
    const second = await fetchFeed({ url: server.url('/changing') }, LOCAL);
    if (first.kind !== 'ok' || second.kind !== 'ok') throw new Error('not ok');
    expect(new TextDecoder().decode(first.body)).toBe(
      '<rss version="2.0"><channel><title>v1</title></channel></rss>',
    );
    expect(new TextDecoder().decode(second.body)).toBe(
      '<rss version="2.0"><channel><title>v2</title></channel></rss>',
    );
  });

  it('flags an HTML page served instead of a feed', async () => {
    const result = await fetchFeed({ url: server.url('/html') }, LOCAL);
    expect(result).toMatchObject({ kind: 'ok', status: 200, looksLikeHtml: true });
  });

  it('reports 429 as rate_limited with Retry-After seconds in ms', async () => {
    const result = await fetchFeed({ url: server.url('/rate') }, LOCAL);
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.rate_limited',
      status: 429,
      retryAfterMs: 120_000,
      bodySample: 'slow down',
    });
  });

  it('reports 429 with a Retry-After HTTP date as the delay from now', async () => {
    const result = await fetchFeed({ url: server.url('/rate-date') }, LOCAL);
    expect(result).toMatchObject({ kind: 'error', code: 'fetch.rate_limited', retryAfterMs: 60_000 });
  });

  it('reports 500 as fetch.http_500 with the start of the page', async () => {
    const result = await fetchFeed({ url: server.url('/broken') }, LOCAL);
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.http_500',
      status: 500,
      message: `fetch: ${server.url('/broken')}: HTTP 500`,
      bodySample: 'Internal Server Error',
    });
  });

  it('keeps Retry-After on a 503', async () => {
    const result = await fetchFeed({ url: server.url('/unavailable') }, LOCAL);
    expect(result).toMatchObject({ kind: 'error', code: 'fetch.http_503', retryAfterMs: 30_000 });
  });

  it('reports the exact 4xx status', async () => {
    expect(await fetchFeed({ url: server.url('/gone') }, LOCAL)).toMatchObject({
      code: 'fetch.http_410',
      status: 410,
    });
    expect(await fetchFeed({ url: server.url('/missing') }, LOCAL)).toMatchObject({
      code: 'fetch.http_404',
      status: 404,
    });
  });

  it('keeps the bytes of an error page, its Content-Encoding undone, to archive', async () => {
    const result = await fetchFeed({ url: server.url('/broken') }, LOCAL);
    if (result.kind !== 'error') throw new Error('expected an error');
    expect(Buffer.from(result.body!).toString()).toBe('Internal Server Error');
    expect(result.isBodyTruncated).toBe(false);
    const gzipped = await fetchFeed({ url: server.url('/gzip-error') }, LOCAL);
    if (gzipped.kind !== 'error') throw new Error('expected an error');
    expect(Buffer.from(gzipped.body!).toString()).toBe(BAD_GATEWAY);
    expect(gzipped.headers?.['content-encoding']).toBe('gzip');
  });

  it("keeps an error page's first 64 KiB and says it went on; a bodiless error keeps no body", async () => {
    const result = await fetchFeed({ url: server.url('/huge-error') }, LOCAL);
    if (result.kind !== 'error') throw new Error('expected an error');
    expect(result.body?.byteLength).toBe(64 * 1024);
    expect(Buffer.from(result.body!).equals(HUGE_PAGE.subarray(0, 64 * 1024))).toBe(true);
    expect(result.isBodyTruncated).toBe(true);
    const gone = await fetchFeed({ url: server.url('/gone') }, LOCAL);
    expect(gone.kind === 'error' && gone.body).toBeUndefined();
    expect(gone.kind === 'error' && gone.headers?.['date']).toBeTruthy();
  });
});

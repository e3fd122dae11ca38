import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetch/index.ts';
import { LOCAL, RSS, sendFeed, startServer, type TestServer } from './test-server.ts';

let server: TestServer;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeAll(async () => {
  server = await startServer({
    '/gzip': sendFeed(gzipSync(RSS), { 'content-encoding': 'gzip' }),
    '/deflate': sendFeed(deflateSync(RSS), { 'content-encoding': 'deflate' }),
    '/br': sendFeed(brotliCompressSync(RSS), { 'content-encoding': 'br' }),
    '/lying-gzip': sendFeed(RSS, { 'content-encoding': 'gzip' }),
    '/big': sendFeed('x'.repeat(5000)),
    '/bomb': sendFeed(gzipSync('x'.repeat(100_000)), { 'content-encoding': 'gzip' }),
    '/hang': () => undefined,
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<rss version="2.0">');
    },
    '/endless': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(16 * 1024, 'a');
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    },
  });
});
afterAll(() => server.close());

describe('fetchFeed bodies', () => {
  it('decompresses gzip', async () => {
    const result = await fetchFeed({ url: server.url('/gzip') }, LOCAL);
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(text(result.body)).toBe(RSS);
    expect(result.warnings).toEqual([]);
  });

  it('decompresses deflate', async () => {
    const result = await fetchFeed({ url: server.url('/deflate') }, LOCAL);
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(text(result.body)).toBe(RSS);
  });

  it('decompresses brotli', async () => {
    const result = await fetchFeed({ url: server.url('/br') }, LOCAL);
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(text(result.body)).toBe(RSS);
  });

  it('keeps the raw bytes, with a warning, when the server claims gzip for plain bytes', async () => {
    const result = await fetchFeed({ url: server.url('/lying-gzip') }, LOCAL);
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(text(result.body)).toBe(RSS);
    expect(result.warnings.map((w) => w.code)).toEqual(['fetch.content_encoding_mismatch']);
  });

  it('refuses a body larger than the cap', async () => {
    const result = await fetchFeed({ url: server.url('/big') }, { ...LOCAL, maxBodyBytes: 1000 });
    expect(result).toMatchObject({ kind: 'error', code: 'fetch.too_large', status: 200 });
  });

  it('refuses a small gzip body that inflates past the cap', async () => {
    const result = await fetchFeed({ url: server.url('/bomb') }, { ...LOCAL, maxBodyBytes: 10_000 });
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.too_large',
      message: `fetch: ${server.url('/bomb')}: body larger than 10000 bytes`,
    });
  });

  it('cuts an endless body off at the cap', async () => {
    const result = await fetchFeed({ url: server.url('/endless') }, { ...LOCAL, maxBodyBytes: 100_000 });
    expect(result).toMatchObject({ kind: 'error', code: 'fetch.too_large' });
  });

  it('gives up on a body that never ends within the total timeout', async () => {
    const result = await fetchFeed({ url: server.url('/slow') }, { ...LOCAL, totalTimeoutMs: 200 });
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.timeout',
      message: `fetch: ${server.url('/slow')}: gave up after 200 ms (ENEWSWATCH_TOTAL_TIMEOUT)`,
    });
  });

  it('times out waiting for headers', async () => {
    const result = await fetchFeed(
      { url: server.url('/hang') },
      { ...LOCAL, headersTimeoutMs: 100, totalTimeoutMs: 5000 },
    );
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.timeout',
      message: `fetch: ${server.url('/hang')}: Headers Timeout Error (UND_ERR_HEADERS_TIMEOUT)`,
    });
  });

  it('times out when the body stalls longer than the read timeout', async () => {
    const result = await fetchFeed(
      { url: server.url('/slow') },
      { ...LOCAL, headersTimeoutMs: 100, totalTimeoutMs: 5000 },
    );
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.timeout',
      message: `fetch: ${server.url('/slow')}: Body Timeout Error (UND_ERR_BODY_TIMEOUT)`,
    });
  });
});

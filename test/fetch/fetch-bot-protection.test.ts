import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetch/index.ts';
import { LOCAL, startServer, type TestServer } from './test-server.ts';

let server: TestServer;
const CHALLENGE =
  '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1"></script></body></html>';
const AKAMAI =
  '<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don\'t have permission to access "http&#58;&#47;&#47;news&#46;example&#47;feed" on this server.<P>\nReference&#32;&#35;18&#46;5a3e1002&#46;1700000000&#46;1a2b3c4d\n</BODY>\n</HTML>\n';

beforeAll(async () => {
  server = await startServer({
    '/cloudflare': (_req, res) =>
      res
        .writeHead(403, {
          server: 'cloudflare',
          'cf-ray': '8a1b2c3d4e5f6a7b-AMS',
          'content-type': 'text/html; charset=UTF-8',
        })
        .end(CHALLENGE),
    '/akamai': (_req, res) =>
      res.writeHead(403, { server: 'AkamaiGHost', 'content-type': 'text/html' }).end(AKAMAI),
    '/datadome': (_req, res) =>
      res.writeHead(403, { 'x-datadome': 'protected', 'content-type': 'text/html' }).end('<html></html>'),
    '/plain-403': (_req, res) => res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden'),
  });
});
afterAll(() => server.close());

describe('fetchFeed and bot protection', () => {
  it('recognises a Cloudflare challenge on a 403', async () => {
    const result = await fetchFeed({ url: server.url('/cloudflare') }, LOCAL);
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.blocked_by_bot_protection',
      status: 403,
      protection: 'cloudflare',
      message: `fetch: ${server.url('/cloudflare')}: blocked by bot protection (cloudflare, 403)`,
    });
  });

  it('recognises an Akamai "Access Denied" page with its reference', async () => {
    const result = await fetchFeed({ url: server.url('/akamai') }, LOCAL);
    expect(result).toMatchObject({ code: 'fetch.blocked_by_bot_protection', protection: 'akamai' });
  });

  it('recognises DataDome by its header', async () => {
    const result = await fetchFeed({ url: server.url('/datadome') }, LOCAL);
    expect(result).toMatchObject({ code: 'fetch.blocked_by_bot_protection', protection: 'datadome' });
  });

  it('leaves a plain 403 as fetch.http_403', async () => {
    const result = await fetchFeed({ url: server.url('/plain-403') }, LOCAL);
    expect(result).toMatchObject({ code: 'fetch.http_403', status: 403, bodySample: 'Forbidden' });
  });
});

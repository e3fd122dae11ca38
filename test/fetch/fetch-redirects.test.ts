import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/fetch/index.ts';
import { LOCAL, RSS, sendFeed, startServer, type Handler, type TestServer } from './test-server.ts';

let server: TestServer;
const redirect =
  (status: number, location: string): Handler =>
  (_req, res) =>
    res.writeHead(status, { location }).end();

beforeAll(async () => {
  server = await startServer({
    '/feed': sendFeed(RSS),
    '/moved': redirect(301, '/moved-again'),
    '/moved-again': redirect(308, '/feed'),
    '/mixed': redirect(301, '/temporary'),
    '/temporary': redirect(302, '/feed'),
    '/loop-a': redirect(302, '/loop-b'),
    '/loop-b': redirect(302, '/loop-a'),
    '/to-private': redirect(302, 'http://10.1.2.3/feed'),
    '/to-named-private': redirect(307, 'http://intranet.test/feed'),
    '/to-file': redirect(302, 'file:///etc/passwd'),
    '/no-location': (_req, res) => res.writeHead(302).end(),
    '*': (req, res) => {
      const n = Number(/^\/chain\/(\d+)$/.exec(req.url ?? '')?.[1] ?? NaN);
      if (n > 0) redirect(302, `/chain/${n - 1}`)(req, res);
      else sendFeed(RSS)(req, res);
    },
  });
});
afterAll(() => server.close());

describe('fetchFeed redirects', () => {
  it('follows a 301 then 308 chain and reports it as permanent', async () => {
    const result = await fetchFeed({ url: server.url('/moved') }, LOCAL);
    expect(result).toMatchObject({ kind: 'ok', finalUrl: server.url('/feed'), isPermanentRedirect: true });
    expect(result.redirects).toEqual([
      { url: server.url('/moved'), status: 301, location: server.url('/moved-again') },
      { url: server.url('/moved-again'), status: 308, location: server.url('/feed') },
    ]);
  });

  it('reports a chain with a temporary hop as not permanent', async () => {
    const result = await fetchFeed({ url: server.url('/mixed') }, LOCAL);
    expect(result).toMatchObject({ kind: 'ok', finalUrl: server.url('/feed'), isPermanentRedirect: false });
    expect(result.redirects.map((hop) => hop.status)).toEqual([301, 302]);
  });

  it('reports a redirect loop', async () => {
    const result = await fetchFeed({ url: server.url('/loop-a') }, LOCAL);
    expect(result).toMatchObject({ kind: 'error', code: 'fetch.redirect_loop', url: server.url('/loop-a') });
    expect(result.redirects.map((hop) => hop.url)).toEqual([server.url('/loop-a'), server.url('/loop-b')]);
  });

  it('stops after the redirect limit', async () => {
    const result = await fetchFeed({ url: server.url('/chain/3') }, { ...LOCAL, maxRedirects: 2 });
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.too_many_redirects',
      url: server.url('/chain/0'),
    });
    expect(result.redirects).toHaveLength(3);
  });

  it('follows a chain within the limit', async () => {
    const result = await fetchFeed({ url: server.url('/chain/2') }, { ...LOCAL, maxRedirects: 2 });
    expect(result).toMatchObject({ kind: 'ok', finalUrl: server.url('/chain/0') });
  });

  it('refuses a redirect to a private IP address', async () => {
    const result = await fetchFeed({ url: server.url('/to-private') }, LOCAL);
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.blocked_address',
      url: 'http://10.1.2.3/feed',
      message: 'fetch: 10.1.2.3 is not a public address (private)',
    });
  });

  it('refuses a redirect to a name that resolves to a private address', async () => {
    const lookup = async () => [{ address: '192.168.0.10', family: 4 as const }];
    const result = await fetchFeed({ url: server.url('/to-named-private') }, { ...LOCAL, lookup });
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.blocked_address',
      message: 'fetch: intranet.test resolves to 192.168.0.10, which is not a public address (private)',
    });
  });

  it('refuses a redirect to a file: URL', async () => {
    const result = await fetchFeed({ url: server.url('/to-file') }, LOCAL);
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.bad_url',
      message: 'fetch: file: URLs are not fetched',
    });
  });

  it('reports a redirect without Location', async () => {
    const result = await fetchFeed({ url: server.url('/no-location') }, LOCAL);
    expect(result).toMatchObject({ kind: 'error', code: 'fetch.bad_redirect', status: 302 });
  });
});

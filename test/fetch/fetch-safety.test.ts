import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed, type ResolveHost } from '../../src/fetch/index.ts';
import { LOCAL, NOW, RSS, sendFeed, startServer, type TestServer } from './test-server.ts';

let v4: TestServer;
let v6: TestServer;
const now = () => NOW;

beforeAll(async () => {
  v4 = await startServer({ '/feed': sendFeed(RSS) });
  v6 = await startServer({ '/feed': sendFeed(RSS) }, '::1');
});
afterAll(async () => {
  await v4.close();
  await v6.close();
});

// A port nothing listens on: bound, then closed.
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const resolveTo =
  (...addresses: string[]): ResolveHost =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }) as const);

describe('fetchFeed safety', () => {
  it('refuses 127.0.0.1 without an allow-list', async () => {
    const result = await fetchFeed({ url: v4.url('/feed') }, { now });
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.blocked_address',
      message: 'fetch: 127.0.0.1 is not a public address (loopback)',
    });
    expect(v4.requests).toHaveLength(0);
  });

  it('refuses IPv6 loopback without an allow-list', async () => {
    const result = await fetchFeed({ url: v6.url('/feed') }, { now, allow: ['127.0.0.1/32'] });
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.blocked_address',
      message: 'fetch: ::1 is not a public address (loopback)',
    });
  });

  it('reaches IPv6 loopback when ::1 is allowed', async () => {
    const result = await fetchFeed({ url: v6.url('/feed') }, LOCAL);
    expect(result).toMatchObject({ kind: 'ok', status: 200, finalUrl: v6.url('/feed') });
  });

  it('refuses a name that resolves to loopback', async () => {
    const result = await fetchFeed(
      { url: `http://feeds.test:${v4.port}/feed` },
      { now, lookup: resolveTo('127.0.0.1') },
    );
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.blocked_address',
      message: 'fetch: feeds.test resolves to 127.0.0.1, which is not a public address (loopback)',
    });
  });

  it('connects to the address the checked lookup returned', async () => {
    const result = await fetchFeed(
      { url: `http://feeds.test:${v4.port}/feed` },
      { ...LOCAL, lookup: resolveTo('127.0.0.1') },
    );
    expect(result).toMatchObject({ kind: 'ok', status: 200 });
    expect(v4.requests.at(-1)!.headers.host).toBe(`feeds.test:${v4.port}`);
  });

  it('refuses a name when any of its addresses is private', async () => {
    const lookup = resolveTo('127.0.0.1', '10.0.0.7');
    const result = await fetchFeed({ url: `http://feeds.test:${v4.port}/feed` }, { ...LOCAL, lookup });
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.blocked_address',
      message: 'fetch: feeds.test resolves to 10.0.0.7, which is not a public address (private)',
    });
  });

  it('checks the addresses of https hosts in the same lookup', async () => {
    const result = await fetchFeed(
      { url: 'https://secure.test/feed' },
      { now, lookup: resolveTo('10.9.8.7') },
    );
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.blocked_address',
      message: 'fetch: secure.test resolves to 10.9.8.7, which is not a public address (private)',
    });
  });

  it('reports a TLS handshake with a server that does not speak TLS as fetch.tls', async () => {
    const result = await fetchFeed({ url: `https://127.0.0.1:${v4.port}/feed` }, LOCAL);
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.tls',
      message: `fetch: https://127.0.0.1:${v4.port}/feed: wrong version number (ERR_SSL_WRONG_VERSION_NUMBER)`,
    });
  });

  it('refuses an IPv4-mapped IPv6 loopback literal', async () => {
    const result = await fetchFeed({ url: `http://[::ffff:127.0.0.1]:${v4.port}/feed` }, { now });
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.blocked_address',
      message: 'fetch: ::ffff:7f00:1 is not a public address (ipv4-mapped loopback)',
    });
  });

  it('trusts an allowed host name whatever it resolves to', async () => {
    const result = await fetchFeed(
      { url: `http://localhost:${v4.port}/feed` },
      { now, allow: ['localhost'], lookup: resolveTo('127.0.0.1') },
    );
    expect(result).toMatchObject({ kind: 'ok', status: 200 });
  });

  it('reports a name that does not resolve as fetch.dns', async () => {
    const lookup: ResolveHost = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.invalid'), { code: 'ENOTFOUND' });
    };
    const result = await fetchFeed({ url: 'http://nowhere.invalid/feed' }, { now, lookup });
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.dns',
      message: 'fetch: http://nowhere.invalid/feed: getaddrinfo ENOTFOUND nowhere.invalid (ENOTFOUND)',
    });
  });

  it('reports a refused connection as fetch.connect', async () => {
    const port = await closedPort();
    const result = await fetchFeed({ url: `http://127.0.0.1:${port}/feed` }, LOCAL);
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.connect',
      url: `http://127.0.0.1:${port}/feed`,
    });
  });

  it('reports an unparseable URL as fetch.bad_url', async () => {
    const result = await fetchFeed({ url: 'http://exa mple.com/feed' }, { now });
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.bad_url',
      message: 'fetch: not a URL: http://exa mple.com/feed',
    });
  });

  it('reports a non-http scheme as fetch.bad_url', async () => {
    const result = await fetchFeed({ url: 'ftp://example.com/feed.xml' }, { now });
    expect(result).toMatchObject({
      kind: 'error',
      code: 'fetch.bad_url',
      message: 'fetch: ftp: URLs are not fetched',
    });
  });
});

// Validation errors name their path; every error has the same shape and status from one table.
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, statusFor } from '../../src/api/index.ts';
import { createFeedFetcher } from '../../src/fetch/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { makeApp, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error;

describe('validation', () => {
  it('names the query parameter', async () => {
    t = makeApp();
    const res = await t.call('/api/search?q=x&limit=1000');
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({
      code: 'input.invalid',
      message: 'query.limit: Too big: expected number to be <=200',
    });
  });

  it('names the JSON field', async () => {
    t = makeApp();
    const res = await t.call('/api/feeds', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'ftp://example.org/feed' }),
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe('json.url: Invalid URL');
  });

  it('names the path parameter', async () => {
    t = makeApp();
    const res = await t.call('/api/items/abc');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe('path.id: Invalid input: expected number, received NaN');
  });

  it('rejects a malformed date', async () => {
    t = makeApp();
    const res = await t.call('/api/search?q=x&since=yesterday');
    expect((await errorOf(res)).message).toBe('query.since: expected 2024-05-01 or an ISO instant');
  });

  it('reports a malformed query with the parser message and 400', async () => {
    t = makeApp();
    const res = await t.call('/api/search?q=' + encodeURIComponent('(cotton'));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('query.syntax');
  });

  it('refuses malformed JSON with 400', async () => {
    t = makeApp();
    const res = await t.call('/api/feeds', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: 'http.400', message: 'Malformed JSON in request body' });
  });

  it('refuses an unsupported media type with 415', async () => {
    t = makeApp();
    const res = await t.call('/api/feeds', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(res.status).toBe(415);
  });
});

describe('error responses', () => {
  it('answer an unknown API route with a JSON 404', async () => {
    t = makeApp();
    const res = await t.call('/api/nothing');
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toEqual({
      code: 'input.not_found',
      message: 'api: no route GET /api/nothing',
    });
  });

  it('answer a body over the limit with 413', async () => {
    t = makeApp({ limits: { bodyBytes: 100 } });
    const res = await t.call('/api/feeds', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: `https://example.org/${'a'.repeat(200)}` }),
    });
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toEqual({
      code: 'input.too_large',
      message: 'api: the request body is larger than 100 bytes',
    });
  });

  it('hide a bug behind a bare 500 with no stack', async () => {
    const store = openStore(':memory:');
    const broken: Store = Object.assign(Object.create(store) as Store, {
      getItem: () => Promise.reject(new Error('secret detail at /srv/db.ts:12')),
    });
    const logged: string[] = [];
    const fetcher = createFeedFetcher({ now: () => new Date() });
    const app = createApp({
      store: broken,
      fetcher,
      trustLoopback: true,
      remoteAddressOf: () => '127.0.0.1',
      log: (l) => logged.push(l),
    });
    const res = await app.request('http://localhost/api/items/1');
    const text = await res.text();
    await fetcher.close();
    await store.close();
    expect(res.status).toBe(500);
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: 'internal error; see the server log' },
    });
    expect(logged[0]).toContain('secret detail at /srv/db.ts:12');
  });

  it('map code prefixes to statuses in one table', () => {
    expect(
      [
        'input.not_found',
        'input.feed_exists',
        'query.syntax',
        'auth.forbidden',
        'auth.rate_limited',
        'fetch.not_a_feed',
        'fetch.timeout',
        'store.open',
        'odd',
      ].map(statusFor),
    ).toEqual([404, 409, 400, 403, 429, 422, 502, 500, 500]);
  });
});

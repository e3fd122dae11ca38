// /api/alerts: monitors added, read, tested and removed by the right roles, validated at the
// edge; their Atom feeds; and the server's poller sending new matches to a real webhook on
// 127.0.0.1 once, logging failures without stopping.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/alerts/index.ts';
import { Poller } from '../../src/api/index.ts';
import { importThroughApi, keyFor, makeApp, REMOTE, rssWith, withKey, type TestApp } from './helpers.ts';

const SECRET = 'a-secret-of-some-length';
const LOCAL = { smtp: null, allow: ['127.0.0.1'] };
let t: TestApp | null = null;
let hook: { url: string; received: Array<{ isSigned: boolean; titles: string[] }>; status: number };
let server: Server;

beforeEach(async () => {
  const state = { received: [] as Array<{ isSigned: boolean; titles: string[] }>, status: 204 };
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const items = (JSON.parse(body.toString()) as { items: Array<{ title: string }> }).items;
      state.received.push({
        isSigned: verifySignature(body, req.headers, SECRET, new Date()).ok,
        titles: items.map((i) => i.title),
      });
      res.writeHead(state.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hook = Object.assign(state, { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` });
});

afterEach(async () => {
  await t?.close();
  t = null;
  await new Promise((resolve) => server.close(resolve));
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

async function addAlert(t: TestApp, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return t.call('/api/alerts', json({ name: 'cotton', query: 'cotton', ...body }, headers));
}

const codeOf = async (res: Response) => [
  res.status,
  ((await res.json()) as { error: { code: string } }).error.code,
];

describe('adding monitors', () => {
  it('stores a saved search with a webhook and never shows its secret', async () => {
    t = makeApp({ alerting: LOCAL });
    const analyst = await keyFor(t.store, 'ana', 'analyst');
    const res = await addAlert(t, { webhook: { url: hook.url, secret: SECRET } }, withKey(analyst));
    const text = await res.text();
    expect([res.status, text.includes(SECRET), JSON.parse(text)]).toEqual([
      201,
      false,
      {
        id: 1,
        name: 'cotton',
        kind: 'search',
        query: 'cotton',
        watchlistId: null,
        channels: { webhook: { url: hook.url } },
        createdAt: expect.any(String),
        lastRunAt: null,
        feedPath: '/api/alerts/1/feed.atom',
      },
    ]);
  });

  it('watches a watchlist, and sends e-mail digests to the recipients given', async () => {
    t = makeApp();
    await t.call('/api/watchlists?name=firms', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'name\nHikvision\n',
    });
    const res = await t.call(
      '/api/alerts',
      json({ name: 'firms', watchlistId: 1, email: ['desk@example.org', 'ed@example.org'] }),
    );
    const body = (await res.json()) as { kind: string; watchlistId: number; channels: unknown };
    expect([res.status, body.kind, body.watchlistId, body.channels]).toEqual([
      201,
      'watchlist',
      1,
      { email: { to: ['desk@example.org', 'ed@example.org'] } },
    ]);
  });

  it('refuses what it cannot use, each with its code', async () => {
    t = makeApp();
    await addAlert(t, {});
    const results = [];
    for (const body of [
      { name: 'both', watchlistId: 1 },
      { name: 'neither', query: undefined },
      { name: 'syntax', query: '(cotton' },
      { name: 'cotton' },
      { name: '42' },
      { name: 'lists', query: undefined, watchlistId: 9 },
      { name: 'short', webhook: { url: hook.url, secret: 'short' } },
      { name: 'scheme', webhook: { url: 'ftp://example.org/x', secret: SECRET } },
      { name: 'private', webhook: { url: 'http://10.1.2.3/hook', secret: SECRET } },
      { name: 'mail', email: ['not an address'] },
    ]) {
      results.push([body.name, ...(await codeOf(await addAlert(t, body)))]);
    }
    expect(results).toEqual([
      ['both', 400, 'input.invalid'],
      ['neither', 400, 'input.invalid'],
      ['syntax', 400, 'query.syntax'],
      ['cotton', 409, 'input.alert_exists'],
      ['42', 400, 'input.bad_name'],
      ['lists', 404, 'input.not_found'],
      ['short', 400, 'input.invalid'],
      ['scheme', 400, 'input.invalid'],
      ['private', 400, 'input.webhook_blocked'],
      ['mail', 400, 'input.invalid'],
    ]);
  });

  it('needs an analyst to add or remove, and lets readers read', async () => {
    t = makeApp();
    const reader = await keyFor(t.store, 'rita', 'reader');
    await addAlert(t, {});
    const statuses = [
      (await addAlert(t, { name: 'x' }, withKey(reader))).status,
      (await t.call('/api/alerts/1', { method: 'DELETE', headers: withKey(reader) })).status,
      (await t.call('/api/alerts/1/test', { method: 'POST', headers: withKey(reader) })).status,
      (await t.call('/api/alerts', { headers: withKey(reader) })).status,
      (await t.call('/api/alerts/1', { headers: withKey(reader) })).status,
      (await t.call('/api/alerts', { from: REMOTE })).status,
    ];
    expect(statuses).toEqual([403, 403, 403, 200, 200, 401]);
  });
});

describe('reading and removing monitors', () => {
  it('lists them a page at a time', async () => {
    t = makeApp();
    for (const name of ['a', 'b', 'c']) await addAlert(t, { name });
    const first = (await (await t.call('/api/alerts?limit=2')).json()) as {
      alerts: Array<{ name: string }>;
      nextCursor: string;
    };
    const rest = (await (await t.call(`/api/alerts?limit=2&cursor=${first.nextCursor}`)).json()) as {
      alerts: Array<{ name: string }>;
      nextCursor: string | null;
    };
    const bad = await t.call('/api/alerts?limit=0');
    expect([
      first.alerts.map((a) => a.name),
      rest.alerts.map((a) => a.name),
      rest.nextCursor,
      ...(await codeOf(bad)),
    ]).toEqual([['a', 'b'], ['c'], null, 400, 'input.invalid']);
  });

  it('removes a monitor, audit-logged; then it is gone', async () => {
    t = makeApp();
    await addAlert(t, {});
    const removed = await t.call('/api/alerts/1', { method: 'DELETE' });
    const [audit] = await t.store.listAudit(1, null);
    const gone = await t.call('/api/alerts/1');
    expect([removed.status, audit?.target, audit?.details, gone.status]).toEqual([
      204,
      'alert:1',
      { status: 204, name: 'cotton' },
      404,
    ]);
  });
});

describe('testing a monitor', () => {
  it('sends a sample to the webhook without marking it sent, and says what each channel did', async () => {
    t = makeApp({ alerting: LOCAL });
    await addAlert(t, { webhook: { url: hook.url, secret: SECRET }, email: ['desk@example.org'] });
    await importThroughApi(t, rssWith(5));
    const res = await t.call('/api/alerts/1/test', { method: 'POST' });
    const { results } = (await res.json()) as {
      results: Array<{ channel: string; items: number; ok: boolean; message: string }>;
    };
    expect([res.status, results, hook.received.map((r) => [r.isSigned, r.titles.length])]).toEqual([
      200,
      [
        { alert: 'cotton', channel: 'webhook', items: 3, ok: true, message: 'webhook: delivered (HTTP 204)' },
        {
          alert: 'cotton',
          channel: 'email',
          items: 3,
          ok: false,
          message: 'alerts: no SMTP server configured (set NEWSWATCH_SMTP_URL and NEWSWATCH_SMTP_FROM)',
        },
      ],
      [[true, 3]],
    ]);
    expect((await t.store.deliveredItems(1, 'webhook', [1, 2, 3, 4, 5])).size).toBe(0);
  });
});

describe('the Atom feed of a monitor', () => {
  it('lists the latest matches for a feed reader with an API key', async () => {
    t = makeApp();
    await addAlert(t, {});
    await importThroughApi(t, rssWith(3));
    const reader = await keyFor(t.store, 'feeds', 'reader');
    const res = await t.call('/api/alerts/1/feed.atom', { headers: withKey(reader), from: REMOTE });
    const xml = await res.text();
    expect([
      res.status,
      res.headers.get('content-type'),
      xml.match(/<entry>/g)?.length,
      xml.includes(
        '<link rel="self" type="application/atom+xml" href="http://localhost/api/alerts/1/feed.atom"/>',
      ),
      xml.includes('<title type="text">newswatch: cotton</title>'),
    ]).toEqual([200, 'application/atom+xml; charset=utf-8', 3, true, true]);
  });

  it('asks a stranger for credentials, and answers 404 for an unknown monitor', async () => {
    t = makeApp();
    await addAlert(t, {});
    expect([
      await codeOf(await t.call('/api/alerts/1/feed.atom', { from: REMOTE })),
      await codeOf(await t.call('/api/alerts/7/feed.atom')),
    ]).toEqual([
      [401, 'auth.unauthenticated'],
      [404, 'input.not_found'],
    ]);
  });
});

describe('the poller', () => {
  it('sends new matches to the webhook after a round, once', async () => {
    t = makeApp({ alerting: LOCAL });
    await addAlert(t, { webhook: { url: hook.url, secret: SECRET } });
    await importThroughApi(t, rssWith(2));
    const log: string[] = [];
    const poller = new Poller(
      { store: t.store, fetcher: t.fetcher, now: () => new Date() },
      { alerts: LOCAL, log: (l) => log.push(l) },
    );
    await poller.pollNow();
    await poller.pollNow();
    expect([hook.received, log]).toEqual([
      [{ isSigned: true, titles: ['Test feed story 0', 'Test feed story 1'] }],
      ['alerts: cotton → webhook: 2 items: ok: webhook: delivered (HTTP 204)'],
    ]);
  });

  it('logs a failed delivery, goes on polling, and sends it in a later round', async () => {
    t = makeApp({ alerting: LOCAL });
    await addAlert(t, { webhook: { url: hook.url, secret: SECRET } });
    await importThroughApi(t, rssWith(1));
    hook.status = 400;
    const log: string[] = [];
    const poller = new Poller(
      { store: t.store, fetcher: t.fetcher, now: () => new Date() },
      { alerts: LOCAL, log: (l) => log.push(l) },
    );
    const failed = await poller.pollNow();
    hook.status = 204;
    await poller.pollNow();
    expect([failed, log.map((l) => l.replace(/:\d+/, ':PORT'))]).toEqual([
      [],
      [
        'alerts: cotton → webhook: 1 items: FAILED: alerts: webhook http://127.0.0.1:PORT answered 400',
        'alerts: cotton → webhook: 1 items: ok: webhook: delivered (HTTP 204)',
      ],
    ]);
  });

  it('runs after a round the API starts', async () => {
    t = makeApp({ alerting: LOCAL });
    await addAlert(t, { webhook: { url: hook.url, secret: SECRET } });
    await importThroughApi(t, rssWith(1));
    const res = await t.call('/api/poll', { method: 'POST' });
    expect([res.status, hook.received]).toEqual([200, [{ isSigned: true, titles: ['Test feed story 0'] }]]);
  });
});

import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildWebhookBody,
  deliverWebhook,
  signWebhook,
  verifySignature,
  WEBHOOK_USER_AGENT,
  type WebhookOptions,
} from '../../src/alerts/index.ts';
import type { ResolveHost } from '../../src/fetch/index.ts';
import { BATCH, NOW } from './alert-fixtures.ts';
import { recordingSleep, startWebhookServer, type Reply, type WebhookServer } from './webhook-server.ts';

const SECRET = 'whsec-test';
const STAMP = '1893553445';
const DELIVERY = '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f';

let server: WebhookServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(reply: (n: number) => Reply): Promise<WebhookServer> {
  server = await startWebhookServer(reply);
  return server;
}

// Loopback allowed, a fixed clock, jitter at its middle (the wait before retry n is then
// 0.75 * backoffMs * 2^(n-1)), waits recorded instead of slept.
function localOptions(extra: Partial<WebhookOptions> = {}) {
  const recorder = recordingSleep();
  const options: WebhookOptions = {
    now: () => NOW,
    sleep: recorder.sleep,
    random: () => 0.5,
    backoffMs: 100,
    allow: ['127.0.0.1/32'],
    deliveryId: DELIVERY,
    ...extra,
  };
  return { options, waits: recorder.waits };
}

const resolveTo =
  (address: string): ResolveHost =>
  async () => [{ address, family: 4 }];

describe('deliverWebhook', () => {
  it('posts the batch once and reports the status', async () => {
    const s = await serve(() => ({ status: 204 }));
    const { options, waits } = localOptions();
    const result = await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, options);
    expect(result).toEqual({ ok: true, status: 204, attempts: 1, deliveryId: DELIVERY });
    expect(waits).toEqual([]);
    expect(s.received.map((r) => [r.method, r.path])).toEqual([['POST', '/hooks/alert?token=t0ken']]);
  });

  it('sends the versioned JSON body', async () => {
    const s = await serve(() => ({ status: 200 }));
    await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, localOptions().options);
    const body = JSON.parse(s.received[0]!.body.toString('utf8'));
    expect(body).toEqual(JSON.parse(JSON.stringify(buildWebhookBody(BATCH, DELIVERY))));
    expect(body.version).toBe(1);
  });

  it('sends the event, delivery, timestamp and signature headers', async () => {
    const s = await serve(() => ({ status: 200 }));
    await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, localOptions().options);
    const { headers, body } = s.received[0]!;
    expect(headers['content-type']).toBe('application/json');
    expect(headers['user-agent']).toBe(WEBHOOK_USER_AGENT);
    expect(headers['x-newswatch-event']).toBe('alert');
    expect(headers['x-newswatch-delivery']).toBe(DELIVERY);
    expect(headers['x-newswatch-timestamp']).toBe(STAMP);
    expect(headers['x-newswatch-signature']).toBe(signWebhook(body, SECRET, Number(STAMP)));
    expect(verifySignature(body, headers, SECRET, NOW)).toEqual({ ok: true, timestamp: Number(STAMP) });
  });

  it('retries after a 500 and succeeds, with the same delivery id', async () => {
    const s = await serve((n) => ({ status: n <= 2 ? 500 : 200 }));
    const { options, waits } = localOptions();
    const result = await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, options);
    expect(result).toEqual({ ok: true, status: 200, attempts: 3, deliveryId: DELIVERY });
    expect(waits).toEqual([75, 150]);
    expect(s.received.map((r) => r.headers['x-newswatch-delivery'])).toEqual([DELIVERY, DELIVERY, DELIVERY]);
  });

  it('gives up after the retries with the last status', async () => {
    const s = await serve(() => ({ status: 503 }));
    const { options, waits } = localOptions({ retries: 3 });
    const result = await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, options);
    expect(result).toEqual({
      ok: false,
      code: 'alerts.http_status',
      message: `alerts: webhook http://127.0.0.1:${s.port} answered 503`,
      attempts: 4,
      deliveryId: DELIVERY,
      lastStatus: 503,
    });
    expect(waits).toEqual([75, 150, 300]);
    expect(s.received).toHaveLength(4);
  });

  it('makes six attempts by default', async () => {
    const s = await serve(() => ({ status: 502 }));
    const { options, waits } = localOptions();
    const result = await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, options);
    expect(result).toMatchObject({ ok: false, attempts: 6, lastStatus: 502 });
    expect(waits).toEqual([75, 150, 300, 600, 1200]);
  });

  it('spreads the back-off with the injected jitter', async () => {
    // Odd requests fail: each delivery's first attempt.
    const s = await serve((n) => ({ status: n % 2 === 1 ? 500 : 200 }));
    const low = localOptions({ random: () => 0 });
    await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, low.options);
    const high = localOptions({ random: () => 0.999 });
    await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, high.options);
    expect([...low.waits, ...high.waits]).toEqual([50, 100]);
  });

  it('does not retry a 400', async () => {
    const s = await serve(() => ({ status: 400 }));
    const { options, waits } = localOptions();
    const result = await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, options);
    expect(result).toMatchObject({ ok: false, code: 'alerts.http_status', attempts: 1, lastStatus: 400 });
    expect(waits).toEqual([]);
  });

  it('does not follow a redirect', async () => {
    const s = await serve(() => ({ status: 307, headers: { location: 'http://10.0.0.1/' } }));
    const result = await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, localOptions().options);
    expect(result).toMatchObject({ ok: false, code: 'alerts.http_status', attempts: 1, lastStatus: 307 });
    expect(s.received).toHaveLength(1);
  });

  it('waits as long as a 429 Retry-After asks', async () => {
    const s = await serve((n) =>
      n === 1 ? { status: 429, headers: { 'retry-after': '3' } } : { status: 200 },
    );
    const { options, waits } = localOptions();
    const result = await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, options);
    expect(result).toEqual({ ok: true, status: 200, attempts: 2, deliveryId: DELIVERY });
    expect(waits).toEqual([3000]);
  });

  it('reads a Retry-After date against the clock', async () => {
    const at = new Date(NOW.getTime() + 90_000).toUTCString();
    const s = await serve((n) =>
      n === 1 ? { status: 503, headers: { 'retry-after': at } } : { status: 200 },
    );
    const { options, waits } = localOptions();
    await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, options);
    expect(waits).toEqual([90_000]);
  });

  it('gives up when Retry-After asks for longer than allowed', async () => {
    const s = await serve(() => ({ status: 429, headers: { 'retry-after': '3600' } }));
    const { options, waits } = localOptions({ maxRetryAfterMs: 60_000 });
    const result = await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, options);
    expect(result).toEqual({
      ok: false,
      code: 'alerts.retry_after_too_long',
      message: `alerts: webhook http://127.0.0.1:${s.port} answered 429, asking to retry after 3600 s`,
      attempts: 1,
      deliveryId: DELIVERY,
      lastStatus: 429,
    });
    expect(waits).toEqual([]);
  });

  it('refuses a loopback address that is not allow-listed', async () => {
    const s = await serve(() => ({ status: 200 }));
    const { options } = localOptions({ allow: [] });
    const result = await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, options);
    expect(result).toEqual({
      ok: false,
      code: 'alerts.blocked_address',
      message: 'alerts: webhook 127.0.0.1 is not a public address (loopback)',
      attempts: 0,
      deliveryId: DELIVERY,
    });
    expect(s.received).toHaveLength(0);
  });

  it('refuses a name that resolves to a private address, without retrying', async () => {
    const { options, waits } = localOptions({ allow: [], lookup: resolveTo('10.0.0.5') });
    const result = await deliverWebhook({ url: 'https://hooks.example/x', secret: SECRET }, BATCH, options);
    expect(result).toEqual({
      ok: false,
      code: 'alerts.blocked_address',
      message:
        'alerts: webhook host hooks.example resolves to 10.0.0.5, which is not a public address (private)',
      attempts: 1,
      deliveryId: DELIVERY,
    });
    expect(waits).toEqual([]);
  });

  it('reaches a name that resolves to an allow-listed address', async () => {
    const s = await serve(() => ({ status: 200 }));
    const { options } = localOptions({ lookup: resolveTo('127.0.0.1') });
    const url = `http://hooks.example:${s.port}/in`;
    const result = await deliverWebhook({ url, secret: SECRET }, BATCH, options);
    expect(result).toEqual({ ok: true, status: 200, attempts: 1, deliveryId: DELIVERY });
    expect(s.received[0]!.headers.host).toBe(`hooks.example:${s.port}`);
  });

  it('refuses a URL that is not http(s)', async () => {
    const result = await deliverWebhook(
      { url: 'file:///etc/passwd', secret: SECRET },
      BATCH,
      localOptions().options,
    );
    expect(result).toEqual({
      ok: false,
      code: 'alerts.bad_url',
      message: 'alerts: webhook file: URLs are not fetched',
      attempts: 0,
      deliveryId: DELIVERY,
    });
  });

  it('times out a receiver that never answers, and retries', async () => {
    const s = await serve(() => 'hang');
    const { options, waits } = localOptions({ retries: 1, timeoutMs: 150 });
    const result = await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, options);
    expect(result).toMatchObject({ ok: false, code: 'alerts.timeout', attempts: 2 });
    expect(result.ok ? '' : result.message).toBe(
      `alerts: webhook http://127.0.0.1:${s.port}: gave up after 150 ms`,
    );
    expect(waits).toEqual([75]);
    expect(s.received).toHaveLength(2);
  });

  it('retries when nothing listens, and reports the connection failure', async () => {
    const port = await closedPort();
    const { options, waits } = localOptions({ retries: 2 });
    const result = await deliverWebhook({ url: `http://127.0.0.1:${port}/`, secret: SECRET }, BATCH, options);
    expect(result).toMatchObject({ ok: false, code: 'alerts.connect', attempts: 3 });
    expect(result.ok ? '' : result.message).toMatch(/\(ECONNREFUSED\)$/);
    expect(waits).toEqual([75, 150]);
  });

  it('uses a fresh random delivery id when none is given', async () => {
    const s = await serve(() => ({ status: 200 }));
    const { deliveryId: _fixed, ...options } = localOptions().options;
    const result = await deliverWebhook({ url: s.url, secret: SECRET }, BATCH, options);
    expect(result.deliveryId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(s.received[0]!.headers['x-newswatch-delivery']).toBe(result.deliveryId);
  });
});

// A port nothing listens on: bound, then closed.
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

// Token buckets on sign-in attempts, key use and failed keys.
import { afterEach, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/api/auth/rate-limit.ts';
import { keyFor, makeApp, REMOTE, withKey, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe('RateLimiter', () => {
  it('allows a burst of capacity, then asks to wait', () => {
    const limiter = new RateLimiter({ capacity: 2, refillPerSecond: 0.5 }, () => 0);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 2]);
  });

  it('refills with time', () => {
    let now = 0;
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 1 }, () => now);
    limiter.take('a');
    now = 1000;
    expect(limiter.take('a')).toBe(0);
  });

  it('keeps keys apart', () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 1 }, () => 0);
    limiter.take('a');
    expect(limiter.take('b')).toBe(0);
  });
});

describe('limits on the API', () => {
  it('answer sign-in attempts past the burst with 429 and Retry-After', async () => {
    t = makeApp({ limits: { login: { capacity: 2, refillPerSecond: 0.1 } } });
    const attempt = () =>
      (t as TestApp).call('/api/session', {
        method: 'POST',
        from: REMOTE,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'nobody', password: 'guess' }),
      });
    const statuses = [(await attempt()).status, (await attempt()).status];
    const third = await attempt();
    expect([...statuses, third.status]).toEqual([401, 401, 429]);
    expect(third.headers.get('retry-after')).toBe('10');
  });

  it('answer a key used too fast with 429', async () => {
    t = makeApp({ limits: { keyUse: { capacity: 3, refillPerSecond: 0.01 } } });
    const key = await keyFor(t.store, 'rita', 'reader');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await t.call('/api/feeds', { from: REMOTE, headers: withKey(key) })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('block an address after failed keys, even with a good key', async () => {
    t = makeApp({ limits: { authFailures: { capacity: 2, refillPerSecond: 0.01 } } });
    const key = await keyFor(t.store, 'rita', 'reader');
    const bad = withKey(`nw_0123456789_${'0'.repeat(64)}`);
    await t.call('/api/feeds', { from: REMOTE, headers: bad });
    await t.call('/api/feeds', { from: REMOTE, headers: bad });
    const res = await t.call('/api/feeds', { from: REMOTE, headers: withKey(key) });
    expect(res.status).toBe(429);
    expect((await t.call('/api/feeds', { from: '198.51.100.7', headers: withKey(key) })).status).toBe(200);
  });
});

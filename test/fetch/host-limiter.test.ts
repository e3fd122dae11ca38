import { describe, expect, it } from 'vitest';
import { HostLimiter, hostKeyOf } from '../../src/fetch/index.ts';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('HostLimiter', () => {
  it('runs at most perHost requests to one host at a time', async () => {
    const limiter = new HostLimiter({ perHost: 2, global: 10 });
    const releases = await Promise.all([limiter.acquire('a'), limiter.acquire('a')]);
    let isThirdGranted = false;
    const third = limiter.acquire('a').then((release) => ((isThirdGranted = true), release));
    await tick();
    expect([limiter.running, limiter.queued, isThirdGranted]).toEqual([2, 1, false]);
    releases[0]!();
    (await third)();
    releases[1]!();
    expect([limiter.running, limiter.queued]).toEqual([0, 0]);
  });

  it('runs at most global requests over all hosts', async () => {
    const limiter = new HostLimiter({ perHost: 1, global: 2 });
    const first = await limiter.acquire('a');
    await limiter.acquire('b');
    const order: string[] = [];
    void limiter.acquire('c').then(() => order.push('c'));
    await tick();
    expect(order).toEqual([]);
    first();
    await tick();
    expect(order).toEqual(['c']);
  });

  it('lets another host go first when the next waiter’s host is busy', async () => {
    const limiter = new HostLimiter({ perHost: 1, global: 2 });
    const releaseA = await limiter.acquire('a');
    const order: string[] = [];
    void limiter.acquire('a').then(() => order.push('a2'));
    void limiter.acquire('b').then(() => order.push('b1'));
    await tick();
    expect(order).toEqual(['b1']);
    releaseA();
    await tick();
    expect(order).toEqual(['b1', 'a2']);
  });

  it('takes hosts in turns when slots free up', async () => {
    const limiter = new HostLimiter({ perHost: 5, global: 1 });
    const release = await limiter.acquire('x');
    const order: string[] = [];
    const run = (host: string) => limiter.run(host, async () => void order.push(host));
    const all = Promise.all([run('a'), run('a'), run('a'), run('b'), run('c')]);
    release();
    await all;
    expect(order).toEqual(['a', 'b', 'c', 'a', 'a']);
  });

  it('releases the slot when a task fails', async () => {
    const limiter = new HostLimiter({ perHost: 1, global: 1 });
    await expect(limiter.run('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run('a', async () => 'next')).toBe('next');
  });

  it('ignores a second call to the same release', async () => {
    const limiter = new HostLimiter({ perHost: 1, global: 1 });
    const release = await limiter.acquire('a');
    release();
    release();
    expect(limiter.running).toBe(0);
    await limiter.acquire('a');
    expect(limiter.running).toBe(1);
  });

  it('keys URLs by lower-case host name', () => {
    expect(hostKeyOf('https://News.Example:8443/feed')).toBe('news.example');
    expect(hostKeyOf('not a url')).toBe('');
  });
});

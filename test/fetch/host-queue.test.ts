import { describe, expect, it } from 'vitest';
import { HostQueue, hostKeyOf } from '../../src/fetch/index.ts';

function queueOf(perHost: number, jobs: ReadonlyArray<[string, string]>): HostQueue<string> {
  const queue = new HostQueue<string>(perHost);
  for (const [host, job] of jobs) queue.push(host, job);
  return queue;
}

describe('HostQueue', () => {
  it('hands out at most perHost jobs of one host at a time', () => {
    const queue = queueOf(2, [
      ['a', 'a1'],
      ['a', 'a2'],
      ['a', 'a3'],
    ]);
    expect([queue.take()?.job, queue.take()?.job, queue.take()]).toEqual(['a1', 'a2', null]);
    expect(queue.size).toBe(1);
    queue.done('a');
    expect(queue.take()).toEqual({ host: 'a', job: 'a3' });
    expect(queue.size).toBe(0);
  });

  it('lets another host go first when the next job’s host is busy', () => {
    const queue = queueOf(1, [
      ['a', 'a1'],
      ['a', 'a2'],
      ['b', 'b1'],
    ]);
    expect([queue.take()?.job, queue.take()?.job, queue.take()]).toEqual(['a1', 'b1', null]);
    queue.done('a');
    expect(queue.take()?.job).toBe('a2');
  });

  it('takes hosts in turns', () => {
    const queue = queueOf(5, [
      ['a', 'a1'],
      ['a', 'a2'],
      ['a', 'a3'],
      ['b', 'b1'],
      ['c', 'c1'],
    ]);
    const order = Array.from({ length: 5 }, () => queue.take()?.job);
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'a3']);
  });

  it('puts a host back in line when its slot frees up', () => {
    const queue = queueOf(1, [
      ['a', 'a1'],
      ['a', 'a2'],
      ['b', 'b1'],
      ['b', 'b2'],
    ]);
    expect([queue.take()?.job, queue.take()?.job]).toEqual(['a1', 'b1']);
    queue.done('b');
    queue.done('a');
    expect([queue.take()?.job, queue.take()?.job, queue.take()]).toEqual(['b2', 'a2', null]);
  });

  it('refuses to free a slot no job holds', () => {
    const queue = queueOf(1, [['a', 'a1']]);
    expect(() => queue.done('a')).toThrow('no job of a is out');
    queue.take();
    queue.done('a');
    expect(() => queue.done('a')).toThrow('no job of a is out');
  });

  it('keys URLs by lower-case host name', () => {
    expect(hostKeyOf('https://News.Example:8443/feed')).toBe('news.example');
    expect(hostKeyOf('not a url')).toBe('');
  });
});

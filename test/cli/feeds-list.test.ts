// `newswatch feeds list`: each feed with its former URLs (where it was before a permanent
// redirect moved it), in text and JSON.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshStore } from '../store/helpers.ts';
import { runCli } from './run-cli.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('newswatch feeds list', () => {
  it('gives each feed its former URLs with when they changed', async () => {
    const { store, path } = freshStore();
    const moved = await store.addFeed({ url: 'https://example.org/old.xml' }, '2024-01-01T00:00:00.000Z');
    await store.addFeed({ url: 'https://example.org/still.xml' }, '2024-01-01T00:00:00.000Z');
    await store.moveFeed(
      moved.id,
      'https://example.org/mid.xml',
      'permanent redirect',
      '2024-01-02T00:00:00.000Z',
    );
    await store.moveFeed(
      moved.id,
      'https://example.org/new.xml',
      'permanent redirect',
      '2024-02-01T00:00:00.000Z',
    );
    await store.close();

    const json = await runCli('feeds', 'list', '--json', '--db', path);
    expect(json.code).toBe(0);
    const feeds = JSON.parse(json.out) as Array<{ url: string; urlHistory: unknown[] }>;
    expect(feeds.map((f) => [f.url, f.urlHistory])).toEqual([
      [
        'https://example.org/new.xml',
        [
          {
            oldUrl: 'https://example.org/old.xml',
            newUrl: 'https://example.org/mid.xml',
            changedAt: '2024-01-02T00:00:00.000Z',
            reason: 'permanent redirect',
          },
          {
            oldUrl: 'https://example.org/mid.xml',
            newUrl: 'https://example.org/new.xml',
            changedAt: '2024-02-01T00:00:00.000Z',
            reason: 'permanent redirect',
          },
        ],
      ],
      ['https://example.org/still.xml', []],
    ]);

    const text = await runCli('feeds', 'list', '--db', path);
    expect(text.out).toContain(
      '    https://example.org/new.xml\n    was https://example.org/old.xml until 2024-01-02T00:00:00.000Z\n    was https://example.org/mid.xml until 2024-02-01T00:00:00.000Z\n',
    );
  });
});

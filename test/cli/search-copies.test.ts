// `newswatch search WORD --feed ID` prints the feed's near-duplicates as hits of their own.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshStore, importOf, rssOf, WIRE_COPY } from '../store/helpers.ts';
import { runCli } from './run-cli.ts';

let path = '';

beforeAll(async () => {
  const fresh = freshStore();
  const wire = { guid: 'w1', title: 'UN report', text: WIRE_COPY, date: 'Wed, 31 Aug 2022 20:00:00 GMT' };
  await fresh.store.importFeed(
    importOf('https://wire.example/rss', rssOf('Wire', [wire]), '2022-09-01T10:00:00.000Z'),
  );
  await fresh.store.importFeed(
    importOf(
      'https://paper.example/rss',
      rssOf('Paper', [{ ...wire, guid: 'p1' }]),
      '2022-09-01T11:00:00.000Z',
    ),
  );
  await fresh.store.close();
  path = fresh.path;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('newswatch search --feed', () => {
  it("prints the copy the feed carries, marked as a copy of the other feed's item", async () => {
    const { code, out } = await runCli('search', 'humanity', '--feed', '2', '--db', path);
    expect([code, out.split('\n').slice(0, 3)]).toEqual([
      0,
      ['1 result for "humanity"', '  1. UN report', '     Paper · 2022-08-31 · #2 · copy of #1'],
    ]);
  });

  it('prints the original alone, with its copy counted, without --feed', async () => {
    const { out } = await runCli('search', 'humanity', '--db', path);
    expect(out.split('\n').slice(0, 3)).toEqual([
      '1 result for "humanity"',
      '  1. UN report',
      '     Wire · 2022-08-31 · #1 · also in 1 source',
    ]);
  });
});

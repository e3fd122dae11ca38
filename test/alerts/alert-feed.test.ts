import { describe, expect, it } from 'vitest';
import { renderAlertFeed, type AlertItem } from '../../src/alerts/index.ts';
import { parseFeed } from '../../src/parse/index.ts';
import { BATCH, NOW, SEARCH_ITEM, WATCH_ITEM, hostileItem } from './alert-fixtures.ts';

const FEED = {
  id: 'urn:newswatch:alert:7',
  title: 'Supply <chains> & co',
  selfUrl: 'https://nw.example/alerts/7/feed.atom',
  siteUrl: 'https://nw.example/',
};

// Reads the rendered feed back with the project's own parser.
function roundTrip(items: readonly AlertItem[]) {
  const xml = renderAlertFeed(FEED, items, NOW);
  return parseFeed(new TextEncoder().encode(xml), { now: NOW, url: FEED.selfUrl });
}

const hrefs = (links: ReadonlyArray<{ rel: string; href: string }>) => links.map((l) => [l.rel, l.href]);

describe('renderAlertFeed', () => {
  it('is well-formed Atom 1.0', () => {
    const feed = roundTrip(BATCH.items);
    expect([feed.format, feed.version, feed.bozo, feed.warnings]).toEqual(['atom', '1.0', false, []]);
  });

  it('carries the feed id, escaped title and self link', () => {
    const feed = roundTrip(BATCH.items);
    expect(feed.id).toBe('urn:newswatch:alert:7');
    expect(feed.title).toBe('Supply <chains> & co');
    expect(hrefs(feed.links)).toEqual([
      ['self', 'https://nw.example/alerts/7/feed.atom'],
      ['alternate', 'https://nw.example/'],
    ]);
  });

  it('gives each entry a URN id from the item id, its title and date', () => {
    const feed = roundTrip(BATCH.items);
    expect(feed.items.map((i) => [i.id, i.title, i.published?.iso, i.updated?.iso])).toEqual([
      ['urn:newswatch:item:41', SEARCH_ITEM.title, SEARCH_ITEM.published, SEARCH_ITEM.published],
      ['urn:newswatch:item:42', WATCH_ITEM.title, WATCH_ITEM.published, WATCH_ITEM.published],
    ]);
  });

  it('links each entry to the article and, as related, to its page in newswatch', () => {
    const feed = roundTrip(BATCH.items);
    expect(feed.items.map((i) => hrefs(i.links))).toEqual([
      [
        ['alternate', 'https://news.example/cotton'],
        ['related', 'https://nw.example/items/41'],
      ],
      [
        ['alternate', 'https://wire.example/cameras?id=7&lang=en'],
        ['related', 'https://nw.example/items/42'],
      ],
    ]);
  });

  it('summarises with the excerpt, source, match and sha256, highlight marks removed', () => {
    const feed = roundTrip([SEARCH_ITEM]);
    expect(feed.items[0]!.summary).toBe(
      [
        'The supplier sourced cotton from the region, the report says.',
        'Source: Example News',
        'Matched by search: cotton AND supplier',
        `sha256 of the stored source: ${'a'.repeat(64)}`,
      ].join('\n'),
    );
  });

  it('explains a watchlist match with the entry, entity and score', () => {
    const summary = roundTrip([WATCH_ITEM]).items[0]!.summary ?? '';
    expect(summary.split('\n')[2]).toBe(
      'Matched by watchlist Surveillance vendors: Hangzhou Hikvision Digital Technology Co., Ltd. ' +
        'matched Hikvision (score 0.91)',
    );
  });

  it('names the source as the entry author', () => {
    expect(roundTrip(BATCH.items).items.map((i) => i.authors.map((a) => a.name))).toEqual([
      ['Example News'],
      ['Wire Service'],
    ]);
  });

  it('keeps hostile text as text', () => {
    const entry = roundTrip([hostileItem()]).items[0]!;
    expect(entry.title).toBe('<script>alert("x")</script> & "quotes"');
    expect(entry.authors[0]!.name).toBe('Evil <b>Outlet</b>');
    expect(entry.summary?.split('\n')[0]).toBe('<img src=x onerror=alert(1)>');
  });

  it('links the item page, not a javascript: URL, as the alternate', () => {
    const entry = roundTrip([hostileItem()]).items[0]!;
    expect(hrefs(entry.links)).toEqual([
      ['alternate', 'https://nw.example/items/66'],
      ['related', 'https://nw.example/items/66'],
    ]);
  });

  it('drops control characters XML cannot carry', () => {
    const feed = roundTrip([{ ...SEARCH_ITEM, title: 'Bell\u0007 and\u0000 null' }]);
    expect([feed.bozo, feed.items[0]!.title]).toEqual([false, 'Bell and null']);
  });

  it('drops a lone surrogate and keeps a whole pair', () => {
    const feed = roundTrip([{ ...SEARCH_ITEM, title: 'Half \ud83d pair \ud83d\udcf0' }]);
    expect([feed.bozo, feed.items[0]!.title]).toEqual([false, 'Half pair \u{1f4f0}']);
  });

  it('dates an undated entry, and the feed, by now', () => {
    const feed = roundTrip([{ ...SEARCH_ITEM, published: null }]);
    expect([feed.updated?.iso, feed.items[0]!.updated?.iso, feed.items[0]!.published]).toEqual([
      NOW.toISOString(),
      NOW.toISOString(),
      null,
    ]);
  });

  it('dates the feed by its newest entry', () => {
    expect(roundTrip(BATCH.items).updated?.iso).toBe('2030-01-01T09:30:00.000Z');
  });

  it('renders an empty feed dated now', () => {
    const feed = roundTrip([]);
    expect([feed.bozo, feed.items.length, feed.updated?.iso]).toEqual([false, 0, NOW.toISOString()]);
  });

  it('resolves item pages under a site URL with a path', () => {
    const xml = renderAlertFeed({ ...FEED, siteUrl: 'https://host.example/newswatch' }, [SEARCH_ITEM], NOW);
    expect(xml).toContain(
      '<link rel="related" type="text/html" href="https://host.example/newswatch/items/41"/>',
    );
  });
});

// The contract every Store implementation passes (run here against SQLite).
import { afterEach, describe, expect, it } from 'vitest';
import { asFeedId, asItemId } from '../../src/model/index.ts';
import { parseQuery } from '../../src/query/index.ts';
import type { Store } from '../../src/store/index.ts';
import { freshStore, importOf, rssOf, WIRE_COPY } from './helpers.ts';

const FEED = 'https://news.example/feed.xml';
let store: Store;

afterEach(async () => {
  await store.close();
});

async function search(q: string, extra: Partial<Parameters<Store['search']>[0]> = {}) {
  return store.search({ query: parseQuery(q), limit: 20, sort: 'relevance', ...extra });
}

describe('importing', () => {
  it('stores new items and reports the counts', async () => {
    store = freshStore().store;
    const outcome = await store.importFeed(
      importOf(
        FEED,
        rssOf('News', [
          { guid: 'a', title: 'One' },
          { guid: 'b', title: 'Two' },
        ]),
        '2022-09-01T10:00:00.000Z',
      ),
    );
    expect([outcome.itemsNew, outcome.itemsUpdated, outcome.itemsUnchanged]).toEqual([2, 0, 0]);
    const feeds = await store.listFeeds();
    expect(feeds.map((f) => [f.url, f.title, f.itemCount])).toEqual([[FEED, 'News', 2]]);
  });

  it('adds nothing when the same bytes come again', async () => {
    store = freshStore().store;
    const xml = rssOf('News', [{ guid: 'a', title: 'One' }]);
    await store.importFeed(importOf(FEED, xml, '2022-09-01T10:00:00.000Z', 'ever'));
    const again = await store.importFeed(importOf(FEED, xml, '2022-09-02T10:00:00.000Z', 'ever'));
    expect(again.isKnownBytes).toBe(true);
    expect(again.itemsNew).toBe(0);
    expect((await store.listFeeds())[0]?.itemCount).toBe(1);
  });

  it('keeps the earlier version of a changed item and says which fields changed', async () => {
    store = freshStore().store;
    await store.importFeed(
      importOf(
        FEED,
        rssOf('News', [{ guid: 'a', title: 'UN report due', text: 'Draft' }]),
        '2022-08-30T10:00:00.000Z',
      ),
    );
    const outcome = await store.importFeed(
      importOf(
        FEED,
        rssOf('News', [{ guid: 'a', title: 'UN report published', text: 'Draft' }]),
        '2022-09-01T10:00:00.000Z',
      ),
    );
    expect([outcome.itemsNew, outcome.itemsUpdated]).toEqual([0, 1]);
    const detail = await store.getItem(asItemId(1));
    expect(detail?.item.title).toBe('UN report published');
    expect(detail?.item.version).toBe(2);
    expect(detail?.versions).toHaveLength(1);
    expect(detail?.versions[0]).toMatchObject({
      version: 1,
      title: 'UN report due',
      seenAt: '2022-08-30T10:00:00.000Z',
      replacedAt: '2022-09-01T10:00:00.000Z',
      changedFields: ['title'],
    });
  });

  it('records an item removed from among its neighbours, and its return', async () => {
    store = freshStore().store;
    const a = { guid: 'a', title: 'Oldest', date: 'Mon, 29 Aug 2022 10:00:00 GMT' };
    const b = { guid: 'b', title: 'Middle', date: 'Tue, 30 Aug 2022 10:00:00 GMT' };
    const c = { guid: 'c', title: 'Newest', date: 'Wed, 31 Aug 2022 10:00:00 GMT' };
    await store.importFeed(importOf(FEED, rssOf('News', [c, b, a]), '2022-08-31T12:00:00.000Z'));
    const second = await store.importFeed(importOf(FEED, rssOf('News', [c, a]), '2022-09-01T12:00:00.000Z'));
    expect(second.itemsRemoved).toBe(1);
    const removed = await store.getItem(asItemId(2));
    expect(removed?.item.removedAt).toBe('2022-09-01T12:00:00.000Z');
    await store.importFeed(importOf(FEED, rssOf('News', [c, b, a]), '2022-09-02T12:00:00.000Z'));
    const back = await store.getItem(asItemId(2));
    expect(back?.item.removedAt).toBeNull();
    expect(back?.events.map((e) => e.kind)).toEqual(['removed', 'restored']);
  });

  it('does not call an item removed when it only scrolled off the end', async () => {
    store = freshStore().store;
    const a = { guid: 'a', title: 'Oldest', date: 'Mon, 29 Aug 2022 10:00:00 GMT' };
    const b = { guid: 'b', title: 'Newer', date: 'Tue, 30 Aug 2022 10:00:00 GMT' };
    const c = { guid: 'c', title: 'Newest', date: 'Wed, 31 Aug 2022 10:00:00 GMT' };
    await store.importFeed(importOf(FEED, rssOf('News', [b, a]), '2022-08-30T12:00:00.000Z'));
    const second = await store.importFeed(importOf(FEED, rssOf('News', [c, b]), '2022-08-31T12:00:00.000Z'));
    expect(second.itemsRemoved).toBe(0);
  });

  it('archives the raw bytes once, under their sha256, as provenance', async () => {
    store = freshStore().store;
    const xml = rssOf('News', [{ guid: 'a', title: 'One' }]);
    const outcome = await store.importFeed(importOf(FEED, xml, '2022-09-01T10:00:00.000Z'));
    const detail = await store.getItem(asItemId(1));
    expect(detail?.provenance.map((f) => [f.source, f.sha256, f.byteLength, f.httpStatus])).toEqual([
      [FEED, outcome.sha256, Buffer.byteLength(xml), 200],
    ]);
    expect(Buffer.from((await store.getBlob(outcome.sha256)) as Uint8Array).toString()).toBe(xml);
  });
});

describe('near-duplicates across feeds', () => {
  it('links wire copy in a second feed to the first, with the similarity', async () => {
    store = freshStore().store;
    await store.importFeed(
      importOf(
        FEED,
        rssOf('Wire', [
          { guid: 'w1', title: 'UN says China may have committed crimes against humanity', text: WIRE_COPY },
        ]),
        '2022-09-01T10:00:00.000Z',
      ),
    );
    const edited = WIRE_COPY.replace('on Wednesday', 'late on Wednesday').replace('mostly', 'largely');
    const outcome = await store.importFeed(
      importOf(
        'https://paper.example/rss',
        rssOf('Paper', [
          { guid: 'p1', title: 'UN says China may have committed crimes against humanity', text: edited },
        ]),
        '2022-09-01T11:00:00.000Z',
      ),
    );
    expect(outcome.duplicatesLinked).toBe(1);
    const copy = await store.getItem(asItemId(2));
    expect(copy?.canonical?.itemId).toBe(1);
    expect(copy?.canonical?.similarity).toBeGreaterThan(0.8);
    const original = await store.getItem(asItemId(1));
    expect(original?.duplicates.map((d) => d.sourceName)).toEqual(['Paper']);
  });

  it('shows one search hit for the pair, with "also in 1 source"', async () => {
    store = freshStore().store;
    await store.importFeed(
      importOf(
        FEED,
        rssOf('Wire', [{ guid: 'w1', title: 'UN report', text: WIRE_COPY }]),
        '2022-09-01T10:00:00.000Z',
      ),
    );
    await store.importFeed(
      importOf(
        'https://paper.example/rss',
        rssOf('Paper', [{ guid: 'p1', title: 'UN report', text: WIRE_COPY }]),
        '2022-09-01T11:00:00.000Z',
      ),
    );
    const result = await search('"crimes against humanity"');
    expect(result.total).toBe(1);
    expect(result.hits.map((h) => [h.itemId, h.duplicates])).toEqual([[1, 1]]);
  });

  it('does not link different articles on the same topic', async () => {
    store = freshStore().store;
    await store.importFeed(
      importOf(
        FEED,
        rssOf('Wire', [{ guid: 'w1', title: 'UN report', text: WIRE_COPY }]),
        '2022-09-01T10:00:00.000Z',
      ),
    );
    const other =
      'China rejected the United Nations report on Xinjiang as a farce, saying the human rights office had been used as a ' +
      'tool of Western countries, and a foreign ministry spokesperson told reporters in Beijing that Uyghurs enjoy stability and prosperity.';
    const outcome = await store.importFeed(
      importOf(
        'https://paper.example/rss',
        rssOf('Paper', [{ guid: 'p1', title: 'China rejects UN report', text: other }]),
        '2022-09-01T11:00:00.000Z',
      ),
    );
    expect(outcome.duplicatesLinked).toBe(0);
  });
});

describe('search', () => {
  async function seed(): Promise<void> {
    store = freshStore().store;
    await store.importFeed(
      importOf(
        FEED,
        rssOf('Guardian', [
          {
            guid: '1',
            title: 'US ban on cotton from forced Uyghur labour',
            text: 'The Uyghur Forced Labor Prevention Act comes into force.',
            date: 'Tue, 21 Jun 2022 04:00:00 GMT',
          },
          {
            guid: '2',
            title: 'Hikvision faces UK ban',
            text: 'Surveillance cameras made by Hikvision and Dahua.',
            date: 'Thu, 24 Nov 2022 04:00:00 GMT',
          },
          {
            guid: '3',
            title: 'Protests in Ürümqi',
            text: 'Crowds chanted after a deadly fire in the Xinjiang capital.',
            date: 'Sat, 26 Nov 2022 04:00:00 GMT',
          },
        ]),
        '2022-11-26T10:00:00.000Z',
      ),
    );
  }

  it('ranks by BM25 and marks matches in the snippet', async () => {
    await seed();
    const result = await search('hikvision');
    expect(result.hits.map((h) => h.itemId)).toEqual([2]);
    expect(result.hits[0]?.snippet).toContain('\u0002Hikvision\u0003');
    expect(result.hits[0]?.source).toBe('Guardian');
  });

  it('finds a phrase, a prefix, OR and NOT', async () => {
    await seed();
    expect((await search('"forced labor prevention"')).hits.map((h) => h.itemId)).toEqual([1]);
    expect((await search('surveil*')).hits.map((h) => h.itemId)).toEqual([2]);
    expect((await search('dahua OR fire')).total).toBe(2);
    expect((await search('ban NOT cotton')).hits.map((h) => h.itemId)).toEqual([2]);
  });

  it('matches without diacritics: Urumqi finds Ürümqi', async () => {
    await seed();
    expect((await search('urumqi')).hits.map((h) => h.itemId)).toEqual([3]);
  });

  it('restricts to titles with title:', async () => {
    await seed();
    expect((await search('title:xinjiang')).total).toBe(0);
    expect((await search('xinjiang')).total).toBe(1);
  });

  it('filters by date and sorts newest first', async () => {
    await seed();
    const result = await search('ban OR fire', { since: '2022-11-01T00:00:00.000Z', sort: 'date' });
    expect(result.hits.map((h) => h.itemId)).toEqual([3, 2]);
  });

  it('filters by feed', async () => {
    await seed();
    expect((await search('ban', { feedId: asFeedId(99) })).total).toBe(0);
  });
});

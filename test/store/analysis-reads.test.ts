// The store's reads for the server's analysis pages: an item's entities, and growing stories.
import { afterEach, describe, expect, it } from 'vitest';
import { asItemId } from '../../src/model/index.ts';
import { analyzePending } from '../../src/pipeline/index.ts';
import type { Store } from '../../src/store/index.ts';
import { importAnalysedSample, sampleAnalyzer } from './analysed-sample.ts';
import { freshStore, importOf, rssOf, WIRE_COPY } from './helpers.ts';

let store: Store;
afterEach(async () => store.close());

describe("an item's entities", () => {
  it('come in the order the item first names them, with their mention counts', async () => {
    store = freshStore().store;
    await importAnalysedSample(store);
    const entities = await store.itemEntities(asItemId(13));
    expect(entities.slice(0, 3).map((e) => [e.name, e.type, e.mentions])).toEqual([
      ['China', 'LOC', 2],
      ['Uyghurs', 'MISC', 1],
      ['UN', 'ORG', 3],
    ]);
    expect(entities.map((e) => e.name)).toContain('Michelle Bachelet');
  });

  it('are none for an item not analysed or not there', async () => {
    store = freshStore().store;
    await store.importFeed(
      importOf('https://a.example/rss', rssOf('A', [{ guid: 'a', title: 'Plain' }]), '2022-12-01T10:00:00Z'),
    );
    expect([await store.itemEntities(asItemId(1)), await store.itemEntities(asItemId(9))]).toEqual([[], []]);
  });
});

describe('growing stories', () => {
  it('rank stories by their items dated since a time, and leave out the quiet ones', async () => {
    store = freshStore().store;
    await importAnalysedSample(store, '2022-11-20T10:00:00.000Z');
    await store.importFeed(
      importOf(
        'https://wire.example/rss',
        rssOf('Wire', [{ guid: 'w1', title: 'UN human rights office report on Xinjiang', text: WIRE_COPY }]),
        '2022-12-01T11:00:00.000Z',
      ),
    );
    await analyzePending(store, sampleAnalyzer(), () => new Date('2022-12-01T12:00:00Z'));
    const growing = await store.growingStories('2022-11-28T00:00:00.000Z', 5);
    const all = await store.growingStories('2022-11-01T00:00:00.000Z', 3);
    expect([
      growing.map((s) => [s.items, s.outlets, s.recentItems]),
      all.map((s) => [s.items, s.recentItems]),
      all[0]?.headline,
    ]).toEqual([
      [[6, 2, 1]],
      [
        [6, 6],
        [1, 1],
        [1, 1],
      ],
      '‘Our people are still trapped’: Uyghur exiles demand action on abuses',
    ]);
  });
});

describe("several items' themes", () => {
  it('come keyed by item with their triggers, as each item reads them, and leave out items without one', async () => {
    store = freshStore().store;
    await importAnalysedSample(store);
    const ids = [1, 3, 999].map(asItemId);
    const themes = await store.themesOfItems(ids);
    expect([
      [...themes.keys()],
      themes.get(asItemId(1)),
      themes.get(asItemId(3)),
      await store.themesOfItems([]),
    ]).toEqual([[1, 3], await store.itemThemes(asItemId(1)), await store.itemThemes(asItemId(3)), new Map()]);
    expect(themes.get(asItemId(1))?.map((t) => t.theme)).toEqual(['surveillance-technology']);
  });
});

describe('the story items of a timeline', () => {
  it("are the items of the stories holding most of a theme's items (ties to the older story), oldest first", async () => {
    store = freshStore().store;
    await importAnalysedSample(store);
    const two = await store.storyTimelineItems({ theme: 'detention-and-camps' }, null, 2);
    const later = await store.storyTimelineItems({ theme: 'detention-and-camps' }, '2022-12-02T00:00:00Z', 2);
    expect([two.map((i) => [i.itemId, i.storyId, i.published]), two[1]?.storyTitle, later]).toEqual([
      [
        [4, 4, '2022-12-01T10:00:00.000Z'],
        [10, 8, '2022-12-01T10:00:00.000Z'],
        [13, 8, '2022-12-01T10:00:00.000Z'],
      ],
      '‘Our people are still trapped’: Uyghur exiles demand action on abuses',
      [],
    ]);
  });

  it('follow the items that name an entity (the four naming Michelle Bachelet, all in one story)', async () => {
    store = freshStore().store;
    await importAnalysedSample(store);
    const id = await store.entityBySpelling('Michelle Bachelet');
    const items = id === null ? [] : await store.storyTimelineItems({ entityId: id }, null, 12);
    expect(items.map((i) => [i.itemId, i.storyId])).toEqual([
      [8, 8],
      [10, 8],
      [12, 8],
      [13, 8],
    ]);
  });
});

// Entities end to end: the committed tagger model, the store, merges that survive re-analysis.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAliasResolver,
  createExtractor,
  loadTagger,
  nameKey,
  parseAliasFile,
} from '../../src/extract/index.ts';
import {
  analyzePending,
  createItemAnalyzer,
  runSearch,
  type ItemAnalyzer,
} from '../../src/pipeline/index.ts';
import type { Store } from '../../src/store/index.ts';
import { freshStore, importOf, rssOf } from '../store/helpers.ts';

const MODEL = loadTagger(
  readFileSync(join(import.meta.dirname, '..', '..', 'models', 'ner', 'ner-model.bin.gz')),
);
const NOW = () => new Date('2022-09-01T12:00:00Z');
let store: Store;
let analyze: ItemAnalyzer;

beforeEach(async () => {
  store = freshStore().store;
  analyze = createItemAnalyzer(createExtractor(MODEL));
  await store.importFeed(
    importOf(
      'https://news.example/rss',
      rssOf('News', [
        {
          guid: '1',
          title: 'UN rights chief Michelle Bachelet releases Xinjiang report',
          text: 'Michelle Bachelet said the report found credible evidence of torture. Bachelet left office hours later.',
          date: 'Wed, 31 Aug 2022 22:00:00 GMT',
        },
        {
          guid: '2',
          title: 'NCA urged to investigate cotton imports',
          text: 'Campaigners asked the National Crime Agency (NCA) to act. The NCA declined to comment on Xinjiang cotton.',
          date: 'Thu, 01 Sep 2022 08:00:00 GMT',
        },
      ]),
      '2022-09-01T10:00:00.000Z',
    ),
  );
});

afterEach(async () => store.close());

describe('entity analysis', () => {
  it('analyses every pending item once', async () => {
    expect(await analyzePending(store, analyze, NOW)).toBe(2);
    expect(await analyzePending(store, analyze, NOW)).toBe(0);
  });

  it('resolves short forms and defined acronyms to one entity with its evidence', async () => {
    await analyzePending(store, analyze, NOW);
    const bachelet = await store.entityByKey(nameKey('Michelle Bachelet'));
    const detail = await store.getEntity(bachelet!);
    expect(detail?.entity).toMatchObject({
      name: 'Michelle Bachelet',
      type: 'PER',
      itemCount: 1,
      mentionCount: 3,
    });
    expect(detail?.spellings.map((s) => s.text).sort()).toEqual(['Bachelet', 'Michelle Bachelet']);
    expect(detail?.evidence[0]?.sentence).toBe('UN rights chief Michelle Bachelet releases Xinjiang report');
    const nca = await store.entityByKey(nameKey('NCA'));
    expect((await store.getEntity(nca!))?.entity.name).toBe('National Crime Agency');
  });

  it('lists entities with counts, widest first, and filters by type', async () => {
    await analyzePending(store, analyze, NOW);
    const places = await store.listEntities({ type: 'LOC', limit: 10 });
    expect(places.map((e) => [e.name, e.itemCount])).toEqual([['Xinjiang', 2]]);
  });

  it('keeps an analyst merge through re-analysis', async () => {
    await analyzePending(store, analyze, NOW);
    const xinjiang = (await store.entityByKey(nameKey('Xinjiang')))!;
    const nca = (await store.entityByKey(nameKey('National Crime Agency')))!;
    await store.mergeEntities(nca, xinjiang, 'analyst-a', NOW().toISOString());
    await store.resetAnalysis();
    await analyzePending(store, analyze, NOW);
    expect(await store.entityByKey(nameKey('National Crime Agency'))).toBe(xinjiang);
    const detail = await store.getEntity(xinjiang);
    expect(detail?.decisions.map((d) => [d.kind, d.actor])).toEqual([['merge', 'analyst-a']]);
    expect(detail?.spellings.map((s) => s.text)).toContain('National Crime Agency');
  });

  it('applies a user alias file', async () => {
    const parsed = parseAliasFile(
      'version: 1\nmerge:\n  - into: Office of the High Commissioner\n    names: [UN]\n',
    );
    if (!parsed.ok) throw new Error(parsed.errors.join());
    const resolver = createAliasResolver(parsed.file);
    await analyzePending(
      store,
      createItemAnalyzer(createExtractor(MODEL, { knownNames: resolver.knownNames }), { resolver }),
      NOW,
    );
    const id = await store.entityByKey(nameKey('Office of the High Commissioner'));
    expect((await store.getEntity(id!))?.spellings.map((s) => s.text)).toEqual(['UN']);
  });

  it('analyses an item again when it changes', async () => {
    await analyzePending(store, analyze, NOW);
    await store.importFeed(
      importOf(
        'https://news.example/rss',
        rssOf('News', [
          {
            guid: '1',
            title: 'UN rights chief Michelle Bachelet releases Xinjiang report',
            text: 'Volker Türk will succeed her.',
            date: 'Wed, 31 Aug 2022 22:00:00 GMT',
          },
        ]),
        '2022-09-02T10:00:00.000Z',
      ),
    );
    expect(await analyzePending(store, analyze, NOW)).toBe(1);
  });
});

describe('searching by entity', () => {
  it('finds items naming an entity under any alias, with words or without', async () => {
    await analyzePending(store, analyze, NOW);
    const byAcronym = await runSearch(store, 'entity:NCA', { limit: 10, sort: 'relevance' });
    expect(byAcronym.hits.map((h) => h.itemId)).toEqual([2]);
    const withWords = await runSearch(store, 'entity:"National Crime Agency" cotton', {
      limit: 10,
      sort: 'relevance',
    });
    expect(withWords.total).toBe(1);
    const excluded = await runSearch(store, 'xinjiang -entity:NCA', { limit: 10, sort: 'relevance' });
    expect(excluded.hits.map((h) => h.itemId)).toEqual([1]);
  });

  it('says when no entity goes by a name', async () => {
    await analyzePending(store, analyze, NOW);
    await expect(runSearch(store, 'entity:Nobody', { limit: 10, sort: 'relevance' })).rejects.toThrow(
      'search: no entity named "Nobody"',
    );
  });
});

// Analysts' entity decisions (merge, split, rename) survive re-analysis: the item's own
// resolution (an acronym it defines, a short form) must not undo them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExtractor, loadTagger, nameKey } from '../../src/extract/index.ts';
import { analyzePending, createItemAnalyzer, type ItemAnalyzer } from '../../src/pipeline/index.ts';
import type { EntityId } from '../../src/model/index.ts';
import type { Store } from '../../src/store/index.ts';
import { freshStore, importOf, rssOf } from '../store/helpers.ts';

const MODEL = loadTagger(
  readFileSync(join(import.meta.dirname, '..', '..', 'models', 'ner', 'ner-model.bin.gz')),
);
const NOW = () => new Date('2022-09-01T12:00:00Z');
const AT = NOW().toISOString();
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
          title: 'Cotton imports from Xinjiang',
          text: 'Campaigners asked the National Crime Agency (NCA) to act. The NCA declined to comment on Xinjiang cotton.',
          date: 'Thu, 01 Sep 2022 08:00:00 GMT',
        },
      ]),
      '2022-09-01T10:00:00.000Z',
    ),
  );
  await analyzePending(store, analyze, NOW);
});

afterEach(async () => store.close());

async function idOf(name: string): Promise<EntityId> {
  const id = await store.entityByKey(nameKey(name));
  if (id === null) throw new Error(`no entity ${name}`);
  return id;
}

async function spellingsOf(id: EntityId): Promise<[string, number][]> {
  const detail = await store.getEntity(id);
  return (detail?.spellings ?? []).map((s): [string, number] => [s.text, s.count]).sort();
}

async function reanalyze(): Promise<void> {
  await store.resetAnalysis();
  await analyzePending(store, analyze, NOW);
}

describe("analysts' entity decisions through re-analysis", () => {
  it('keep a merge, a split and a rename together', async () => {
    const agency = await idOf('National Crime Agency');
    expect(await spellingsOf(agency)).toEqual([
      ['NCA', 2],
      ['National Crime Agency', 1],
    ]);
    await store.mergeEntities(await idOf('Michelle Bachelet'), await idOf('Xinjiang'), 'analyst-a', AT);
    const nca = await store.splitEntity(
      {
        entityId: agency,
        newName: 'NCA',
        newKey: nameKey('NCA'),
        spellings: [{ text: 'NCA', key: nameKey('NCA') }],
      },
      'analyst-b',
      AT,
    );
    await store.renameEntity(agency, 'UK National Crime Agency', 'analyst-c', AT);
    const before = {
      nca: await spellingsOf(nca),
      agency: await spellingsOf(agency),
      xinjiang: await spellingsOf(await idOf('Xinjiang')),
    };
    expect(before.nca).toEqual([['NCA', 2]]);

    await reanalyze();
    expect(await spellingsOf(nca)).toEqual(before.nca);
    expect(await spellingsOf(agency)).toEqual(before.agency);
    expect(await spellingsOf(await idOf('Xinjiang'))).toEqual(before.xinjiang);
    expect(await idOf('Michelle Bachelet')).toBe(await idOf('Xinjiang'));
    expect((await store.getEntity(agency))?.entity.name).toBe('UK National Crime Agency');
    expect((await store.getEntity(nca))?.entity.mentionCount).toBe(2);
  });

  it('keep a split after the entity split from is merged into another', async () => {
    const agency = await idOf('National Crime Agency');
    const nca = await store.splitEntity(
      {
        entityId: agency,
        newName: 'NCA',
        newKey: nameKey('NCA'),
        spellings: [{ text: 'NCA', key: nameKey('NCA') }],
      },
      'analyst-b',
      AT,
    );
    const xinjiang = await idOf('Xinjiang');
    await store.mergeEntities(agency, xinjiang, 'analyst-a', AT);
    await reanalyze();
    expect(await spellingsOf(nca)).toEqual([['NCA', 2]]);
    expect((await spellingsOf(xinjiang)).map(([text]) => text)).toContain('National Crime Agency');
  });

  it('keep a split whose new entity was merged into another', async () => {
    const agency = await idOf('National Crime Agency');
    const nca = await store.splitEntity(
      {
        entityId: agency,
        newName: 'NCA',
        newKey: nameKey('NCA'),
        spellings: [{ text: 'NCA', key: nameKey('NCA') }],
      },
      'analyst-b',
      AT,
    );
    const xinjiang = await idOf('Xinjiang');
    await store.mergeEntities(nca, xinjiang, 'analyst-a', AT);
    await reanalyze();
    expect(await spellingsOf(xinjiang)).toContainEqual(['NCA', 2]);
    expect(await spellingsOf(agency)).toEqual([['National Crime Agency', 1]]);
  });
});

// The entity list the seed yields: the bundled sample (a copy of the project's seed,
// shared/seed/000_74cfa9d67cefe76b.txt) imported and analysed with the committed model,
// checked against names a reader sees in it, and against errors the tagger used to make.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameKey } from '../../src/extract/index.ts';
import type { EntityRecord } from '../../src/model/index.ts';
import type { Store } from '../../src/store/index.ts';
import { importAnalysedSample } from '../store/analysed-sample.ts';
import { freshStore } from '../store/helpers.ts';

let store: Store;
let entities: EntityRecord[];

beforeAll(async () => {
  store = freshStore().store;
  await importAnalysedSample(store);
  entities = await store.listEntities({ limit: 1000 });
}, 60_000);

afterAll(async () => store.close());

const typeOf = (name: string): string | undefined => entities.find((e) => e.name === name)?.type;

describe('the entities of the seed', () => {
  it('include the names a reader sees, each with its type', () => {
    const expected: [string, string][] = [
      ['Hikvision', 'ORG'],
      ['FaiceTech', 'ORG'],
      ['MSCI', 'ORG'],
      ['Hong Kong Watch', 'ORG'],
      ['Helena Kennedy Centre for International Justice', 'ORG'],
      ['Sheffield Hallam University', 'ORG'],
      ['Lookout', 'ORG'],
      ['World Uyghur Congress', 'ORG'],
      ['HM Revenue and Customs', 'ORG'],
      ['National Crime Agency', 'ORG'],
      ['Chinese Communist Party', 'ORG'],
      ['Australian Strategic Policy Institute', 'ORG'],
      ['Radio New Zealand', 'ORG'],
      ['National Party', 'ORG'],
      ['Michelle Bachelet', 'PER'],
      ['Zumrat Dawut', 'PER'],
      ['Gerry Brownlee', 'PER'],
      ['Geoffrey Nice', 'PER'],
      ['Xinjiang', 'LOC'],
      ['Urumqi', 'LOC'],
      ['Tibet', 'LOC'],
      ['Inner Mongolia', 'LOC'],
      ['Geneva', 'LOC'],
      ['Uyghur Forced Labor Prevention Act', 'LAW'],
      ['Android', 'MISC'],
    ];
    expect(expected.map(([name]) => [name, typeOf(name)])).toEqual(expected);
  });

  it('resolve the acronyms the items define to the full names', async () => {
    const names = await Promise.all(
      ['NCA', 'WUC', 'ASPI', 'RNZ', 'UFLPA'].map(async (a) => {
        const id = await store.entityByKey(nameKey(a));
        return id === null ? null : (await store.getEntity(id))?.entity.name;
      }),
    );
    expect(names).toEqual([
      'National Crime Agency',
      'World Uyghur Congress',
      'Australian Strategic Policy Institute',
      'Radio New Zealand',
      'Uyghur Forced Labor Prevention Act',
    ]);
  });

  it('no longer have the errors the tagger made alone', () => {
    const wrong = ['HM Revenue', 'Customs', 'Chinese Communist', 'National', 'China Uyghur'];
    expect(entities.filter((e) => wrong.includes(e.name)).map((e) => e.name)).toEqual([]);
    expect(
      entities
        .filter((e) => e.type === 'PER')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Geoffrey Nice', 'Gerry Brownlee', 'Michelle Bachelet', 'Zumrat Dawut']);
  });
});

import { describe, expect, it } from 'vitest';
import { historyFeatures } from '../../src/extract/features.ts';
import { countDocTags, secondStageFeatures } from '../../src/extract/stage-two-features.ts';
import { createHistoryIds } from '../../src/extract/history-ids.ts';
import { createLocalIds } from '../../src/extract/local-ids.ts';
import { lookupIds } from '../../src/extract/ner-model.ts';
import { prepareDoc } from '../../src/extract/prepare-doc.ts';
import { createStageTwoIds } from '../../src/extract/stage-two-ids.ts';
import { trainNer } from '../../src/extract/index.ts';
import { docs, OPTIONS, SENTENCES } from './fixtures/tiny-corpus.ts';

// The cached id paths must give exactly the ids of the feature strings the model was trained on.
const model = trainNer(docs(), OPTIONS);
const sentences = [...SENTENCES.map(([text]) => text.split(' ')), ['Unseen', 'words', 'here', '.']];
const doc = prepareDoc(sentences, model.gazetteer, model.lexicon);
const sorted = (ids: ArrayLike<number>): number[] => [...Array.from(ids)].sort((a, b) => a - b);

describe('cached feature ids', () => {
  it('local ids equal the looked-up stage-one keys', () => {
    const local = createLocalIds(model);
    doc.views.forEach((v, s) =>
      v.words.forEach((_, i) => {
        expect(sorted(local(doc, s, i))).toEqual(
          sorted(lookupIds(model.index, doc.localKeys(s, i), model.stage1Size)),
        );
      }),
    );
  });

  it('history ids equal the looked-up history keys for every pair of earlier tags', () => {
    const history = createHistoryIds(model.index, model.stage1Size);
    const v = doc.views[0]!;
    for (let p1 = 0; p1 < 17; p1++) {
      for (let p2 = 0; p2 < 17; p2++) {
        expect(sorted(history(v, 2, p1, p2))).toEqual(
          sorted(lookupIds(model.index, historyFeatures(v, 2, p1, p2), model.stage1Size)),
        );
      }
    }
  });

  it('stage-two ids equal the looked-up stage-two keys', () => {
    const stageTwo = createStageTwoIds(model.index);
    const tags = doc.views.map((v) => Uint8Array.from(v.words, (_, i) => (i * 5) % 17));
    const counts = countDocTags(doc.views, tags);
    doc.views.forEach((v, s) =>
      v.words.forEach((_, i) => {
        const keys = secondStageFeatures(v, i, tags[s]!, counts);
        expect(sorted(stageTwo(v, i, tags[s]!, counts))).toEqual(
          sorted(lookupIds(model.index, keys, model.index.size)),
        );
      }),
    );
  });
});

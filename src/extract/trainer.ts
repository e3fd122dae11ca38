// Trains the two-stage tagger. Stage two learns from stage-one tags predicted by models that
// never saw the document (k-fold jackknifing), and the gazetteer features of each training
// document come from the other folds only, so that neither feature just memorises the data.
import { decodeSentence } from './decode.ts';
import { countDocTags, secondStageFeatures } from './stage-two-features.ts';
import { createHistoryIds } from './history-ids.ts';
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';
import { lookupIds, type NerModel } from './ner-model.ts';
import { seededRandom, trainPerceptron, type TrainingSentence } from './perceptron.ts';
import { prepareDoc, type PreparedDoc } from './prepare-doc.ts';
import { concatIds } from './tag-document.ts';
import { decodeSpans, TAG_COUNT, TAGGER_TYPES } from './tags.ts';
import { countKeys, historyKeysForGold, indexFrequent } from './trainer-index.ts';

/** One training document: sentences of words and their gold BILOU tags. */
export interface TrainingDoc {
  readonly sentences: readonly (readonly string[])[];
  readonly tags: readonly Uint8Array[];
}

export interface TrainOptions {
  readonly epochs1: number;
  readonly epochs2: number;
  readonly folds: number;
  readonly seed: number;
  /** Features seen fewer times than this in training are dropped. */
  readonly minCount: number;
  /** Names seen fewer times than this are left out of the gazetteer. */
  readonly gazetteerMinCount: number;
  /** Names from outside the training data, by category (such as "FirstName" or "City"). */
  readonly lexicon: readonly GazetteerEntry[];
  readonly log?: (message: string) => void;
}

/** Returns a model trained on docs. Deterministic for a given seed. */
export function trainNer(docs: readonly TrainingDoc[], opts: TrainOptions): NerModel {
  const log = opts.log ?? (() => undefined);
  const random = seededRandom(opts.seed);
  const foldOf = docs.map(() => Math.floor(random() * opts.folds));
  const foldGaz = Array.from({ length: opts.folds }, (_, k) =>
    gazetteerOf(
      docs.filter((_, d) => foldOf[d] !== k),
      opts.gazetteerMinCount,
    ),
  );
  const lexicon = buildGazetteer(
    opts.lexicon,
    [...new Set(opts.lexicon.map((e) => e.category))].sort(),
    true,
  );
  const prepared = docs.map((d, k) =>
    prepareDoc(d.sentences, foldGaz[foldOf[k] ?? 0] ?? foldGaz[0]!, lexicon),
  );
  const index = indexFrequent(countStageOne(prepared, docs), opts.minCount, new Map());
  const stage1Size = index.size;
  log(`stage one: ${stage1Size} features`);
  const stageOne = prepared.map((p, d) =>
    sentencesOf(p, docs[d]!, (s, i) => lookupIds(index, p.localKeys(s, i), stage1Size)),
  );
  const hist1 = createHistoryIds(index, stage1Size);
  const firstTags: Uint8Array[][] = docs.map(() => []);
  for (let k = 0; k < opts.folds; k++) {
    const train = stageOne.filter((_, d) => foldOf[d] !== k).flat();
    const w = trainPerceptron(train, stage1Size, hist1, opts.epochs1, random);
    stageOne.forEach((sents, d) => {
      if (foldOf[d] === k)
        firstTags[d] = sents.map(
          (s) =>
            decodeSentence(
              { weights: w, scale: 1, stride: TAG_COUNT, offset: 0, historyIds: hist1 },
              s.view,
              s.ids,
            ).tags,
        );
    });
    log(`fold ${k + 1}/${opts.folds} done`);
  }
  const w1 = trainPerceptron(stageOne.flat(), stage1Size, hist1, opts.epochs1, random);
  const extraKeys = (d: number, s: number, i: number): string[] =>
    secondStageFeatures(prepared[d]!.views[s]!, i, firstTags[d]![s]!, docCounts[d]!);
  const docCounts = prepared.map((p, d) => countDocTags(p.views, firstTags[d]!));
  indexFrequent(countStageTwo(prepared, extraKeys), opts.minCount, index);
  log(`stage two: ${index.size} features`);
  const stageTwo = stageOne.map((sents, d) =>
    sents.map((s, si) => ({
      ...s,
      ids: s.ids.map((ids, i) => concatIds(ids, lookupIds(index, extraKeys(d, si, i), index.size))),
    })),
  );
  // History features are all stage-one features, so stage two reads the same ids.
  const hist2 = hist1;
  const w2 = trainPerceptron(stageTwo.flat(), index.size, hist2, opts.epochs2, random);
  const gazetteer = gazetteerOf(docs, opts.gazetteerMinCount);
  return { index, stage1Size, w1, scale1: 1, w2, scale2: 1, gazetteer, lexicon };
}

/** Returns a gazetteer of the names tagged in docs at least minCount times. */
export function gazetteerOf(docs: readonly TrainingDoc[], minCount: number): Gazetteer {
  const counts = new Map<string, { tokens: string[]; category: string; n: number }>();
  for (const doc of docs) {
    doc.sentences.forEach((words, s) => {
      for (const span of decodeSpans(doc.tags[s] ?? [])) {
        const tokens = words.slice(span.start, span.end);
        const key = `${span.type} ${tokens.join(' ')}`;
        const entry = counts.get(key) ?? { tokens, category: span.type, n: 0 };
        entry.n += 1;
        counts.set(key, entry);
      }
    });
  }
  return buildGazetteer(
    [...counts.values()].filter((e) => e.n >= minCount),
    TAGGER_TYPES,
    false,
  );
}

function sentencesOf(
  p: PreparedDoc,
  doc: TrainingDoc,
  ids: (s: number, i: number) => Int32Array,
): TrainingSentence[] {
  return p.views.map((view, s) => ({
    view,
    ids: view.words.map((_, i) => ids(s, i)),
    gold: doc.tags[s] ?? new Uint8Array(0),
  }));
}

function countStageOne(prepared: readonly PreparedDoc[], docs: readonly TrainingDoc[]): Map<string, number> {
  const counts = new Map<string, number>();
  prepared.forEach((p, d) =>
    p.views.forEach((v, s) => {
      v.words.forEach((_, i) => countKeys(counts, p.localKeys(s, i)));
      countKeys(counts, historyKeysForGold(v, docs[d]?.tags[s] ?? new Uint8Array(0)));
    }),
  );
  return counts;
}

function countStageTwo(
  prepared: readonly PreparedDoc[],
  keys: (d: number, s: number, i: number) => string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  prepared.forEach((p, d) =>
    p.views.forEach((v, s) => v.words.forEach((_, i) => countKeys(counts, keys(d, s, i)))),
  );
  return counts;
}

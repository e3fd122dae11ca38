// Tags a whole document with the trained model: stage one, then stage two reading stage
// one's tags across the document.
import { decodeSentence, type Scorer } from './decode.ts';
import { countDocTags, secondStageFeatures } from './features.ts';
import { lookupIds, type NerModel } from './ner-model.ts';
import { prepareDoc } from './prepare-doc.ts';
import { TAG_COUNT } from './tags.ts';
import { bestWellFormed } from './viterbi.ts';

/** A sentence's BILOU tags and, per token, how sure the tagger was of its tag (0..1). */
export interface TaggedSentence {
  readonly tags: Uint8Array;
  readonly confidence: Float64Array;
}

/** Returns the tags of every sentence of a document of (normalised) words. */
export function tagDocument(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  stages: 1 | 2 = 2,
): TaggedSentence[] {
  const doc = prepareDoc(sentences, model.gazetteer, model.lexicon);
  const localIds = doc.views.map((v, s) =>
    v.words.map((_, i) => lookupIds(model.index, doc.localKeys(s, i), model.stage1Size)),
  );
  const first = doc.views.map((v, s) => decodeSentence(scorerOf(model, 1), v, localIds[s] ?? []).tags);
  if (stages === 1) return first.map((tags) => ({ tags, confidence: new Float64Array(tags.length) }));
  const counts = countDocTags(doc.views, first);
  const stage2 = scorerOf(model, 2);
  return doc.views.map((v, s) => {
    const ids = v.words.map((_, i) => {
      const extra = lookupIds(
        model.index,
        secondStageFeatures(v, i, first[s] ?? [], counts),
        model.index.size,
      );
      return concatIds(localIds[s]?.[i] ?? new Int32Array(0), extra);
    });
    const decoded = decodeSentence(stage2, v, ids);
    const tags = process.env['NER_VITERBI'] === '1' ? bestWellFormed(decoded.scores) : decoded.tags;
    return { tags, confidence: confidences(tags, decoded.scores) };
  });
}

/** Returns the scorer for stage 1 or 2 of model. */
export function scorerOf(model: NerModel, stage: 1 | 2): Scorer {
  const limit = stage === 1 ? model.stage1Size : model.index.size;
  return {
    weights: stage === 1 ? model.w1 : model.w2,
    historyIds: (keys) => lookupIds(model.index, keys, limit),
  };
}

/** Returns a then b in one array. */
export function concatIds(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

// A softmax over the tag scores: a margin turned into 0..1, not a probability.
function confidences(tags: Uint8Array, scores: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const s = scores[i] ?? new Float64Array(TAG_COUNT);
    const chosen = tags[i] ?? 0;
    let sum = 0;
    for (let t = 0; t < TAG_COUNT; t++) sum += Math.exp((s[t] ?? 0) - (s[chosen] ?? 0));
    out[i] = 1 / sum;
  }
  return out;
}

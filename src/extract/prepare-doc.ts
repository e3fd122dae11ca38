// Turns a document (sentences of words) into the views and stage-one feature keys the tagger
// reads. Training and tagging share it so that both see exactly the same features.
import { buildDocContext } from './doc-context.ts';
import { localFeatures, placeFeatures, viewSentence, type SentenceView } from './features.ts';
import { matchGazetteer, type Gazetteer } from './gazetteer.ts';

/** A document ready for the tagger. */
export interface PreparedDoc {
  readonly views: readonly SentenceView[];
  /** Per sentence, per token: the stage-one static feature keys. */
  readonly localKeys: (s: number, i: number) => string[];
  /** The part of localKeys that no cache can share (see placeFeatures). */
  readonly placeKeys: (s: number, i: number) => string[];
}

/** Returns the prepared document for sentences of (normalised) words. */
export function prepareDoc(
  sentences: readonly (readonly string[])[],
  gazetteer: Gazetteer,
  lexicon: Gazetteer,
): PreparedDoc {
  const ctx = buildDocContext(sentences);
  const views = sentences.map((words, s) => viewSentence(words, ctx.isHeadline[s] ?? false));
  const gaz = views.map((v) => {
    const known = matchGazetteer(gazetteer, 'gz', v.words, v.lowers);
    const lexical = matchGazetteer(lexicon, 'lx', v.words, v.lowers);
    return known.map((g, i) => (lexical[i]?.length ? [...g, ...(lexical[i] ?? [])] : g));
  });
  const localKeys = (s: number, i: number): string[] => {
    const v = views[s];
    return v === undefined ? [] : localFeatures(v, i, ctx, gaz[s]?.[i] ?? []);
  };
  const placeKeys = (s: number, i: number): string[] => {
    const v = views[s];
    return v === undefined ? [] : placeFeatures(v, i, ctx, gaz[s]?.[i] ?? []);
  };
  return { views, localKeys, placeKeys };
}

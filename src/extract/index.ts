// The extract stage's face: entity mentions from text (a trained tagger plus rules) and their
// resolution to canonical names. Pure: the model comes in as bytes or as an object.
export { TAGGER_TYPES, TAG_COUNT, encodeSpans, decodeSpans, tagName } from './tags.ts';
export type { TaggerType, TokenSpan } from './tags.ts';
export type { NerModel } from './ner-model.ts';
export { tagDocument } from './tag-document.ts';
export type { TaggedSentence } from './tag-document.ts';
export { trainNer } from './trainer.ts';
export type { TrainingDoc, TrainOptions } from './trainer.ts';
export { encodeModel, decodeModel } from './model-codec.ts';

// The extract stage's face: entity mentions from text (a trained tagger plus rules) and their
// resolution to canonical names. Pure: the model comes in as bytes or as an object.

// From text to resolved mentions.
export { createExtractor, loadTagger } from './extractor.ts';
export type { Extraction, Extractor, ExtractorOptions, KnownName } from './extractor.ts';
export { tokenize } from './tokenizer.ts';
export type { Token } from './tokenizer.ts';
export { splitSentences } from './sentence-splitter.ts';
export type { Sentence } from './sentence-splitter.ts';
export { findLaws } from './law-rules.ts';
export type { LawMatch } from './law-rules.ts';

// Resolution: inside an item, across items, and the user's alias file.
export { resolveMentions, cleanName } from './resolve.ts';
export { stripHonorifics } from './honorifics.ts';
export { fitsName } from './acronyms.ts';
export { nameKey } from './name-key.ts';
export { SPELLING_VARIANTS } from './spelling-variants.ts';
export { parseAliasFile, AliasFileSchema } from './alias-file.ts';
export type { AliasFile, AliasFileResult } from './alias-file.ts';
export { createAliasResolver, applyAliases } from './alias-resolver.ts';
export type { AliasResolver, AliasTarget } from './alias-resolver.ts';

// The tagger itself: training, the model file, tagging pre-tokenised documents.
export { createTagger, tagDocument } from './tag-document.ts';
export type { TaggedSentence, Tagger, TaggerOptions } from './tag-document.ts';
export { trainNer } from './trainer.ts';
export type { TrainingDoc, TrainOptions } from './trainer.ts';
export type { GazetteerEntry } from './gazetteer.ts';
export { encodeModel, decodeModel } from './model-codec.ts';
export type { NerModel } from './ner-model.ts';
export { TAGGER_TYPES, TAG_COUNT, encodeSpans, decodeSpans, tagName } from './tags.ts';
export type { TaggerType, TokenSpan } from './tags.ts';

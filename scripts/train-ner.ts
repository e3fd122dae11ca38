// Trains the entity tagger on CoNLL-2003 eng.train and writes models/ner/ner-model.bin.gz.
// Deterministic: the seed fixes fold assignment and shuffling. `npm run train:ner`.
import { writeFileSync } from 'node:fs';
import { encodeModel, trainNer } from '../src/extract/index.ts';
import { readConll, toTrainingDocs } from './ner-conll.ts';
import { domainLexicon } from './ner-domain-lexicon.ts';
import { compromiseLexicon } from './ner-lexicon.ts';

/** The settings the committed model was trained with (chosen on a held-out part of eng.train). */
export const TRAINING = {
  epochs1: 10,
  epochs2: 10,
  folds: 5,
  seed: 1,
  minCount: 1,
  gazetteerMinCount: 1,
  minWeight: 0.5,
};

const root = new URL('../', import.meta.url);
const trainPath = new URL('../shared/corpora/conll2003/eng.train', root).pathname;
const outPath = new URL('models/ner/ner-model.bin.gz', root).pathname;

const t0 = performance.now();
const log = (m: string): void => console.log(`${((performance.now() - t0) / 1000).toFixed(1)}s ${m}`);
const docs = toTrainingDocs(readConll(trainPath));
log(`${docs.length} documents`);
const model = trainNer(docs, { ...TRAINING, lexicon: [...compromiseLexicon(), ...domainLexicon()], log });
const bytes = encodeModel(model, TRAINING.minWeight);
writeFileSync(outPath, bytes);
log(`wrote ${outPath} (${(bytes.length / 1024 / 1024).toFixed(2)} MiB)`);

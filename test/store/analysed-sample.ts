// The bundled sample imported and analysed as a server would: the committed tagger model, the
// shipped taxonomy, the clusterer. Items carry no dates, so they are dated when first seen (at).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor, loadTagger } from '../../src/extract/index.ts';
import { analyzePending, createItemAnalyzer, type ItemAnalyzer } from '../../src/pipeline/index.ts';
import { compileTaxonomy, parseTaxonomy } from '../../src/stories/index.ts';
import type { Store } from '../../src/store/index.ts';
import { importOf } from './helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const SAMPLE_AT = '2022-12-01T10:00:00.000Z';
const SAMPLE_URL = 'file:///samples/xinjiang-topic-dump.txt';

let analyzer: ItemAnalyzer | null = null;

/** Returns the analyser with the real model and taxonomy (loaded once per test file). */
export function sampleAnalyzer(): ItemAnalyzer {
  if (analyzer) return analyzer;
  const parsed = parseTaxonomy(readFileSync(join(ROOT, 'taxonomy', 'themes.yaml'), 'utf8'));
  if (!parsed.ok) throw new Error('the shipped taxonomy does not load');
  const model = loadTagger(readFileSync(join(ROOT, 'models', 'ner', 'ner-model.bin.gz')));
  analyzer = createItemAnalyzer(createExtractor(model), { taxonomy: compileTaxonomy(parsed.taxonomy) });
  return analyzer;
}

/** Imports the bundled sample as first seen at `at`, then analyses it (entities, themes, stories). */
export async function importAnalysedSample(store: Store, at = SAMPLE_AT): Promise<void> {
  const text = readFileSync(join(ROOT, 'samples', 'xinjiang-topic-dump.txt'), 'utf8');
  await store.importFeed(importOf(SAMPLE_URL, text, at));
  await analyzePending(store, sampleAnalyzer(), () => new Date(at));
}

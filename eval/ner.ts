// `npm run eval:ner`: conlleval-style exact-span precision, recall and F1 on CoNLL-2003
// eng.testa for the committed tagger and, in the same run on the same sentences, the
// compromise baseline; and tokens per second for both on one core.
import { readFileSync } from 'node:fs';
import { createExtractor, decodeSpans, loadTagger, tagDocument } from '../src/extract/index.ts';
import { readConll, type ConllDoc } from '../scripts/ner-conll.ts';
import { compromiseSpans } from './ner-compromise.ts';
import { countMatches, scoresOf, type Counts, type Span } from './ner-score.ts';

const root = new URL('../', import.meta.url);
const testa = readConll(new URL('../shared/corpora/conll2003/eng.testa', root).pathname);
const model = loadTagger(readFileSync(new URL('models/ner/ner-model.bin.gz', root)));
const tokenCount = testa.reduce((n, d) => n + d.sentences.reduce((k, s) => k + s.length, 0), 0);

interface Run {
  readonly counts: Map<string, Counts>;
  readonly seconds: number;
}

/** Returns the counts and the time taken to tag every document with tag. */
function run(tag: (doc: ConllDoc) => Span[][]): Run {
  const counts = new Map<string, Counts>();
  const t0 = performance.now();
  const predicted = testa.map(tag);
  const seconds = (performance.now() - t0) / 1000;
  testa.forEach((doc, d) =>
    doc.spans.forEach((gold, s) => countMatches(counts, gold, predicted[d]?.[s] ?? [])),
  );
  return { counts, seconds };
}

const ours = (doc: ConllDoc): Span[][] => tagDocument(model, doc.sentences).map((t) => decodeSpans(t.tags));
const cold = run(ours);
const warm = run(ours);
const baseline = run((doc) => doc.sentences.map(compromiseSpans));
const extract = createExtractor(model);
const texts = testa.map((d) => d.sentences.map((s) => s.join(' ')).join('\n'));
const t0 = performance.now();
for (const text of texts) extract(text);
const extractorSeconds = (performance.now() - t0) / 1000;

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
const rate = (seconds: number): string => `${Math.round(tokenCount / seconds).toLocaleString('en')} tokens/s`;
const goldNames = cold.counts.get('ALL');
console.log(
  `CoNLL-2003 eng.testa: ${testa.length} documents, ${tokenCount} tokens, ${goldNames ? scoresOf(goldNames).gold : 0} names`,
);
console.log('exact-span match (conlleval); compromise has no MISC\n');
console.log(`type        newswatch tagger           compromise baseline`);
console.log(`            P       R       F1         P       R       F1`);
for (const type of ['PER', 'ORG', 'LOC', 'MISC', 'ALL']) {
  const a = scoresOf(cold.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 });
  const b = scoresOf(baseline.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 });
  const label = type === 'ALL' ? 'micro' : type;
  console.log(
    `${label.padEnd(8)} ${pct(a.precision)}  ${pct(a.recall)}  ${pct(a.f1)}    ${pct(b.precision)}  ${pct(b.recall)}  ${pct(b.f1)}`,
  );
}
console.log('\nspeed (one core):');
console.log(`  newswatch tagger, CoNLL tokens, first pass:  ${rate(cold.seconds)}`);
console.log(`  newswatch tagger, CoNLL tokens, second pass: ${rate(warm.seconds)}`);
console.log(
  `  newswatch extractor, raw text (tokenise, split, tag, rules, resolve): ${rate(extractorSeconds)}`,
);
console.log(`  compromise baseline: ${rate(baseline.seconds)}`);

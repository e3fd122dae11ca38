// `npm run eval:ner`: conlleval-style exact-span precision, recall and F1 on CoNLL-2003
// eng.testa for the committed tagger and, in the same run on the same sentences, the
// compromise baseline; and tokens per second for both on one core.
import { readFileSync } from 'node:fs';
import {
  createExtractor,
  createTagger,
  decodeSpans,
  loadTagger,
  type Extractor,
} from '../src/extract/index.ts';
import { readConll, type ConllDoc } from '../scripts/ner-conll.ts';
import { compromiseSpans } from './ner-compromise.ts';
import { countMatches, scoresOf, type Counts, type Span } from './ner-score.ts';

const root = new URL('../', import.meta.url);
const testa = readConll(new URL('../shared/corpora/conll2003/eng.testa', root).pathname);
const model = loadTagger(readFileSync(new URL('models/ner/ner-model.bin.gz', root)));
const tokenCount = testa.reduce((n, d) => n + d.sentences.reduce((k, s) => k + s.length, 0), 0);

interface Run {
  readonly counts: Map<string, Counts>;
  /** Wall-clock seconds, and CPU seconds of this process (the machine is shared: CPU time is the fairer measure). */
  readonly seconds: number;
  readonly cpuSeconds: number;
}

/**
 * Returns the counts and the time taken to tag every document with tag: the fastest of
 * `passes` passes (the machine is shared with other work, which only ever slows a pass).
 */
function run(tag: (doc: ConllDoc) => Span[][], passes = 1): Run {
  const counts = new Map<string, Counts>();
  let seconds = Infinity;
  let cpuSeconds = Infinity;
  let predicted: Span[][][] = [];
  for (let pass = 0; pass < passes; pass++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    predicted = testa.map(tag);
    const cpu = process.cpuUsage(cpu0);
    seconds = Math.min(seconds, (performance.now() - t0) / 1000);
    cpuSeconds = Math.min(cpuSeconds, (cpu.user + cpu.system) / 1e6);
  }
  testa.forEach((doc, d) =>
    doc.spans.forEach((gold, s) => countMatches(counts, gold, predicted[d]?.[s] ?? [])),
  );
  return { counts, seconds, cpuSeconds };
}

const tagger = createTagger(model);
const ours = (doc: ConllDoc): Span[][] => tagger(doc.sentences).map((t) => decodeSpans(t.tags));
const cold = run(ours);
const warm = run(ours, 5);
const baseline = run((doc) => doc.sentences.map(compromiseSpans));
const withRules = run(extractorSpans(createExtractor(model)), 3);
const withoutRules = run(extractorSpans(createExtractor(model, { rules: false })));

/** Returns a function that runs extract on a document's text and maps its mentions to CoNLL token spans. */
function extractorSpans(extract: Extractor): (doc: ConllDoc) => Span[][] {
  return (doc) => {
    const startAt = new Map<number, [number, number]>();
    const endAt = new Map<number, [number, number]>();
    const sentenceStarts: number[] = [];
    let text = '';
    doc.sentences.forEach((words, s) => {
      sentenceStarts.push(text.length);
      words.forEach((w, k) => {
        startAt.set(text.length, [s, k]);
        text += w;
        endAt.set(text.length, [s, k + 1]);
        text += k === words.length - 1 ? '\n' : ' ';
      });
    });
    const spans: Span[][] = doc.sentences.map(() => []);
    for (const m of extract(text).mentions) {
      const a = startAt.get(m.start);
      const b = endAt.get(m.end);
      const type = m.type === 'LAW' ? 'MISC' : m.type;
      // A mention whose edges are not CoNLL token edges can match nothing: it counts as wrong.
      if (a !== undefined && b !== undefined && a[0] === b[0])
        spans[a[0]]?.push({ start: a[1], end: b[1], type });
      else spans[sentenceStarts.findLastIndex((o) => o <= m.start)]?.push({ start: -1, end: -1, type });
    }
    return spans;
  };
}

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
const perSecond = (seconds: number): string =>
  Math.round(tokenCount / seconds)
    .toLocaleString('en')
    .padStart(9);
const rate = (r: Run): string =>
  `${perSecond(r.cpuSeconds)} tokens per CPU second, ${perSecond(r.seconds)} tokens/s wall clock`;
const goldNames = cold.counts.get('ALL');
console.log(
  `CoNLL-2003 eng.testa: ${testa.length} documents, ${tokenCount} tokens, ${goldNames ? scoresOf(goldNames).gold : 0} names`,
);
console.log('exact-span precision, recall and F1 in % (conlleval method); compromise has no MISC\n');
const columns = [cold, withoutRules, withRules, baseline];
console.log(
  '        tagger, CoNLL tokens     extractor, raw text      extractor + rules        compromise baseline',
);
console.log(`type  ${'     P      R     F1  '.repeat(4)}`);
for (const type of ['PER', 'ORG', 'LOC', 'MISC', 'ALL']) {
  const cells = columns.map((c) => {
    const s = scoresOf(c.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 });
    return ` ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  `;
  });
  console.log(`${(type === 'ALL' ? 'micro' : type).padEnd(5)} ${cells.join('')}`);
}
console.log('\nextractor: each document written out as text (tokens joined by spaces, a line per sentence),');
console.log('tokenised and split by newswatch; mentions mapped back to CoNLL tokens; LAW counted as MISC.');
console.log('\nspeed (one core):');
console.log(`  newswatch tagger, CoNLL tokens, first pass:        ${rate(cold)}`);
console.log(`  newswatch tagger, CoNLL tokens, best of 5 after:   ${rate(warm)}`);
console.log(`  newswatch extractor, raw text, best of 3 (tokenise, split, tag, rules, resolve):`);
console.log(`                                                     ${rate(withRules)}`);
console.log(`  compromise baseline, one pass:                     ${rate(baseline)}`);

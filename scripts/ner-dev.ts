// Dev tuning without touching eng.testa: trains on most of eng.train and scores the held-out
// documents. `tsx scripts/ner-dev.ts [epochs1] [epochs2] [minCount] [gazetteerMinCount]`.
import { decodeModel, decodeSpans, encodeModel, tagDocument, trainNer } from '../src/extract/index.ts';
import { countMatches, scoresOf, type Counts } from '../eval/ner-score.ts';
import { readConll, toTrainingDocs } from './ner-conll.ts';
import { domainLexicon } from './ner-domain-lexicon.ts';
import { compromiseLexicon } from './ner-lexicon.ts';

const docs = readConll(new URL('../../shared/corpora/conll2003/eng.train', import.meta.url).pathname);
const cut = Math.floor(docs.length * 0.85);
const train = toTrainingDocs(docs.slice(0, cut));
const dev = docs.slice(cut);
const [e1 = '8', e2 = '8', minCount = '2', gazMin = '2'] = process.argv.slice(2);
const t0 = performance.now();
const trained = trainNer(train, {
  epochs1: Number(e1),
  epochs2: Number(e2),
  folds: 5,
  seed: 1,
  minCount: Number(minCount),
  gazetteerMinCount: Number(gazMin),
  lexicon: process.env['NER_NO_LEXICON'] === '1' ? [] : [...compromiseLexicon(), ...domainLexicon()],
  log: (m) => console.log(`${((performance.now() - t0) / 1000).toFixed(1)}s ${m}`),
});
const bytes = encodeModel(trained, Number(process.env['NER_MIN_WEIGHT'] ?? '0'));
console.log(`model: ${(bytes.length / 1024 / 1024).toFixed(2)} MiB`);
const model = decodeModel(bytes);
for (const [stages, viterbi] of [
  [1, '0'],
  [2, '0'],
  [2, '1'],
] as const) {
  const counts1 = new Map<string, Counts>();
  let tokens = 0;
  const t1 = performance.now();
  for (const doc of dev) {
    const tagged = tagDocument(model, doc.sentences, {
      stageOneOnly: stages === 1,
      wellFormed: viterbi === '1',
    });
    doc.sentences.forEach((w, s) => {
      tokens += w.length;
      countMatches(counts1, doc.spans[s] ?? [], decodeSpans(tagged[s]?.tags ?? []));
    });
  }
  const secs = (performance.now() - t1) / 1000;
  console.log(`stages: ${stages} viterbi: ${viterbi}`);
  for (const [type, c] of [...counts1].sort()) {
    const s = scoresOf(c);
    console.log(
      `${type.padEnd(5)} P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)} (${s.gold})`,
    );
  }
  console.log(`${tokens} tokens in ${secs.toFixed(2)}s: ${Math.round(tokens / secs)} tokens/s`);
}
// Calibration of mention confidences: for each temperature, mean confidence against the
// share of mentions that are exactly right, in five bins.
for (const temperature of [1, 3, 10, 30, 100]) {
  const bins = Array.from({ length: 5 }, () => ({ n: 0, right: 0, conf: 0 }));
  for (const doc of dev) {
    const tagged = tagDocument(model, doc.sentences, { temperature });
    doc.sentences.forEach((_, s) => {
      const gold = new Set((doc.spans[s] ?? []).map((g) => `${g.start}:${g.end}:${g.type}`));
      const t = tagged[s];
      for (const p of decodeSpans(t?.tags ?? [])) {
        let c = 1;
        for (let i = p.start; i < p.end; i++) c = Math.min(c, t?.confidence[i] ?? 0);
        const bin = bins[Math.min(4, Math.floor(c * 5))]!;
        bin.n += 1;
        bin.conf += c;
        if (gold.has(`${p.start}:${p.end}:${p.type}`)) bin.right += 1;
      }
    });
  }
  console.log(
    `T=${temperature}: ${bins.map((b) => `${b.n} ${(b.conf / (b.n || 1)).toFixed(2)}/${(b.right / (b.n || 1)).toFixed(2)}`).join(' | ')}`,
  );
}

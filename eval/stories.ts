// `npm run eval:stories`: story clustering against the gold event clusters of ECB+ (dev).
// Documents go through the handler of `newswatch analyze stories` (the same code path, with
// the entity tagger when its model is present), in several seeded orders. The join
// threshold is not tuned on the scored documents: the script sweeps it on the odd-numbered
// topics and scores the even-numbered ones, then reports the whole file with the constants
// the code ships with. The plain TF-IDF peer runs beside it, tuned the same way.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createStoriesHandler,
  entityFinder,
  type FindEntities,
} from '../src/cli/commands/analyze-stories.ts';
import { DEFAULT_CLUSTERER_CONFIG, type ClustererConfig } from '../src/stories/index.ts';
import { createBaselineClusterer, vectoriseAll } from './stories-baseline.ts';
import { loadEcbPlus, type GoldDocument } from './stories-data.ts';
import { evaluate, SEEDS, sweep, type Runner } from './stories-runs.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Another ECB+ file in the same format can be given as the first argument.
const CORPUS = resolve(process.argv[2] ?? resolve(ROOT, '../shared/corpora/ecbplus/ecbplus-dev.jsonl'));
const MODEL = resolve(ROOT, 'models/ner/ner-model.bin.gz');
const GRID = Array.from({ length: 9 }, (_, i) => 0.15 + i * 0.025);

// ECB+ has no publication dates (some web texts carry a dateline, the newswire half does not),
// so every item goes in undated and no time decay applies; years named in the text still count.
const ours =
  (config: Partial<ClustererConfig>, findEntities?: FindEntities): Runner =>
  (docs) => {
    const handle = createStoriesHandler({ config, ...(findEntities === undefined ? {} : { findEntities }) });
    return new Map(
      docs.map((d) => [d.id, handle({ id: d.id, title: d.title, text: d.text, published: null }).story]),
    );
  };

const baseline =
  (threshold: number): Runner =>
  (docs) => {
    const cluster = createBaselineClusterer(threshold);
    const vectors = vectoriseAll(docs.map((d) => `${d.title}\n${d.text}`));
    return new Map(docs.map((d, i) => [d.id, String(cluster(vectors[i] ?? new Map()))]));
  };

// The tagger is the slow part; the same document always gets the same names, so the sweep
// reuses them. Throughput is measured separately, on a cold run.
function memoise(find: FindEntities): FindEntities {
  const seen = new Map<string, readonly string[]>();
  return (title, text) => {
    const key = `${title}\n${text}`;
    const hit = seen.get(key) ?? find(title, text);
    seen.set(key, hit);
    return hit;
  };
}

function coldDocsPerSecond(run: Runner, docs: readonly GoldDocument[]): string {
  const started = performance.now();
  run(docs);
  return (docs.length / ((performance.now() - started) / 1000)).toFixed(0);
}

function main(): void {
  const docs = loadEcbPlus(CORPUS);
  const model = existsSync(MODEL) ? readFileSync(MODEL) : null;
  const tagger = model === null ? undefined : memoise(entityFinder(model));
  const config = DEFAULT_CLUSTERER_CONFIG;
  const tuning = docs.filter((d) => d.topic % 2 === 1);
  const heldOut = docs.filter((d) => d.topic % 2 === 0);
  console.log(
    `${relative(ROOT, CORPUS)}: ${docs.length} documents, ${new Set(docs.map((d) => d.gold)).size} gold events`,
  );
  console.log(
    `names: ${tagger === undefined ? 'capitalised phrases (no tagger model found)' : 'entity tagger'}`,
  );
  console.log(
    'dates: ECB+ has none; items go in undated (no time decay); years, numbers, weekdays in the text count',
  );
  console.log(`orders: seeds ${SEEDS.join(', ')}; figures are mean ± standard deviation over the orders`);
  console.log(`config: ${JSON.stringify(config)}`);
  console.log(
    `\ntuning on odd topics (${tuning.length} docs), scoring even topics (${heldOut.length} docs):`,
  );
  const tOurs = sweep('newswatch', GRID, (t) => ours({ joinThreshold: t }, tagger), tuning);
  const tBase = sweep('baseline', GRID, baseline, tuning);
  evaluate(`newswatch (threshold ${tOurs.toFixed(3)})`, ours({ joinThreshold: tOurs }, tagger), heldOut);
  evaluate(`baseline (threshold ${tBase.toFixed(3)})`, baseline(tBase), heldOut);
  console.log(`\nall ${docs.length} documents:`);
  evaluate(`newswatch (shipped ${config.joinThreshold.toFixed(3)})`, ours({}, tagger), docs);
  if (tagger !== undefined) evaluate('newswatch without the tagger', ours({}), docs);
  evaluate(`baseline (tuned ${tBase.toFixed(3)})`, baseline(tBase), docs);
  console.log(`\ndocuments per second, one cold run over all ${docs.length}:`);
  if (model !== null)
    console.log(`  newswatch with the tagger: ${coldDocsPerSecond(ours({}, entityFinder(model)), docs)}`);
  console.log(`  newswatch without the tagger: ${coldDocsPerSecond(ours({}), docs)}`);
  console.log(`  baseline: ${coldDocsPerSecond(baseline(tBase), docs)}`);
}

main();

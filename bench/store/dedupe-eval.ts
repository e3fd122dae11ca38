// Near-duplicate precision and recall of the store on a generated archive, against the ground
// truth the generator wrote (truth.json: which item copies which, at what edit rate). Pairs
// linked by the store (items in one duplicate cluster) against pairs of true copies, overall,
// by edit-rate bucket and by length; every false link counted, with examples; missed copies
// split into those below the Jaccard threshold and those the LSH lookup did not find. Run
// after import-bench:
//   node --import tsx bench/store/dedupe-eval.ts [--size 100k|1m]
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { DUPLICATE_THRESHOLD, jaccard, shinglesOf } from '../../src/process/index.ts';
import { archivePaths, readTruth, type TrueCopy } from './archive-files.ts';
import { Clusters, bucketOf, lengthBandOf, pairScores, percent } from './dedupe-metrics.ts';
import { candidateLines } from './lsh-candidates.ts';
import { codeLine } from './measure.ts';

interface ItemRow {
  id: number;
  url: string;
  feed_id: number;
  duplicate_of: number | null;
  duplicate_similarity: number | null;
}

type Db = Database.Database;

function similarityOf(db: Db, a: number, b: number): number {
  const text = db.prepare<[number], { t: string }>(
    "SELECT coalesce(title, '') || ' ' || text AS t FROM items WHERE id = ?",
  );
  return jaccard(shinglesOf(text.get(a)?.t ?? ''), shinglesOf(text.get(b)?.t ?? ''));
}

function tallyBy<T>(items: readonly T[], keyOf: (t: T) => string, isHit: (t: T) => boolean): string[] {
  const groups = new Map<string, { n: number; hits: number }>();
  for (const item of items) {
    const g = groups.get(keyOf(item)) ?? { n: 0, hits: 0 };
    g.n += 1;
    if (isHit(item)) g.hits += 1;
    groups.set(keyOf(item), g);
  }
  return [...groups]
    .sort(([a], [b]) => (parseInt(a) || 0) - (parseInt(b) || 0))
    .map(([key, g]) => `    ${key.padEnd(14)} ${percent(g.hits, g.n).padStart(6)} of ${g.n}`);
}

function describeItem(db: Db, id: number): string {
  const row = db
    .prepare<[number], { title: string | null; source_name: string; text: string }>(
      'SELECT title, source_name, text FROM items WHERE id = ?',
    )
    .get(id);
  return `#${id} [${row?.source_name}] “${(row?.title ?? '').slice(0, 70)}” ${row?.text.slice(0, 90).replace(/\s+/g, ' ')}…`;
}

// Up to four false links between ordinary items, then two between templated reports.
function examplesOf(wrong: readonly ItemRow[], templated: ReadonlySet<number | undefined>): ItemRow[] {
  const isTemplated = (r: ItemRow) => templated.has(r.id) && templated.has(r.duplicate_of as number);
  return [...wrong.filter((r) => !isTemplated(r)).slice(0, 4), ...wrong.filter(isTemplated).slice(0, 2)];
}

/** Scores the store's near-duplicate links in archive `label`; returns printable lines. */
export function runDedupeEval(label: string): string[] {
  const paths = archivePaths(label);
  const truth = readTruth(label);
  const db = new Database(paths.db, { readonly: true });
  const rows = db
    .prepare<[], ItemRow>('SELECT id, url, feed_id, duplicate_of, duplicate_similarity FROM items')
    .all();
  const idOf = new Map(rows.map((r) => [r.url, r.id]));
  const trueClusters = new Clusters();
  const copies = truth.copies.flatMap((c) => {
    const copy = idOf.get(c.copy);
    const original = idOf.get(c.original);
    return copy === undefined || original === undefined ? [] : [{ ...c, copyId: copy, originalId: original }];
  });
  for (const c of copies) trueClusters.union(c.copyId, c.originalId);
  const storeClusters = new Clusters();
  const links = rows.filter((r) => r.duplicate_of !== null);
  for (const r of links) storeClusters.union(r.id, r.duplicate_of as number);
  const templated = new Set(truth.templated.map((t) => idOf.get(t.url)));
  const scores = pairScores(storeClusters, trueClusters);
  const plainClusters = new Clusters();
  for (const r of links)
    if (!templated.has(r.id) && !templated.has(r.duplicate_of as number))
      plainClusters.union(r.id, r.duplicate_of as number);
  const plain = pairScores(plainClusters, trueClusters);
  const wrong = links.filter((r) => trueClusters.find(r.id) !== trueClusters.find(r.duplicate_of as number));
  const found = (c: TrueCopy & { copyId: number; originalId: number }) =>
    storeClusters.find(c.copyId) === storeClusters.find(c.originalId);
  const missed = copies.filter((c) => !found(c));
  const missedSims = missed.map((c) => similarityOf(db, c.copyId, c.originalId));
  const belowThreshold = missedSims.filter((s) => s < DUPLICATE_THRESHOLD).length;
  const templatedFalse = wrong.filter(
    (r) => templated.has(r.id) && templated.has(r.duplicate_of as number),
  ).length;
  const lines = [
    `near-duplicates archive-${label}: ${rows.length} items, ${truth.copies.length} true wire copies (${copies.length} found in the store), ${templated.size} templated items; Jaccard threshold ${DUPLICATE_THRESHOLD}; ${codeLine()}`,
    `  pairs: store ${scores.predicted}, true ${scores.actual}, both ${scores.correct}: precision ${percent(scores.correct, scores.predicted)}, recall ${percent(scores.correct, scores.actual)}`,
    `  pairs without the templated reports: store ${plain.predicted}, both ${plain.correct}: precision ${percent(plain.correct, plain.predicted)}, recall ${percent(plain.correct, plain.actual)}`,
    `  links: ${links.length} items linked, ${links.length - wrong.length} to the right cluster: link precision ${percent(links.length - wrong.length, links.length)}; ${wrong.length} false links (${templatedFalse} between templated reports, ${wrong.length - templatedFalse} other)`,
    `  copies found (copy and original in one cluster): ${percent(copies.length - missed.length, copies.length)} of ${copies.length}`,
    '  recall by edit rate (target rate; words edited, substituted, deleted or inserted):',
    ...tallyBy(copies, (c) => bucketOf(c.editRate), found),
    '  recall by length of the original:',
    ...tallyBy(copies, (c) => lengthBandOf(c.words), found),
    `  missed copies: ${missed.length}: ${belowThreshold} below the threshold (Jaccard < ${DUPLICATE_THRESHOLD}), ${missed.length - belowThreshold} at or above it that the LSH lookup did not return`,
    '  false links, examples (item → the item it was linked to, similarity):',
    ...examplesOf(wrong, templated).flatMap((r) => [
      `    ${r.duplicate_similarity}: ${describeItem(db, r.id)}`,
      `          → ${describeItem(db, r.duplicate_of as number)}`,
    ]),
    ...candidateLines(db, copies),
  ];
  db.close();
  return lines;
}

function main(): void {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '100k' } } });
  console.log(runDedupeEval(values.size).join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

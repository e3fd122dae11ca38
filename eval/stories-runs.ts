// Runs a clusterer over seeded orders of the documents and prints its scores.
import type { GoldDocument } from './stories-data.ts';
import { shuffled } from './stories-data.ts';
import { bcubed, meanAndSpread, pairwise } from './stories-metrics.ts';

/** A clusterer run: documents in stream order in, story per document id out. */
export type Runner = (docs: readonly GoldDocument[]) => Map<string, string>;

export const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

interface Scores {
  readonly p: number[];
  readonly r: number[];
  readonly f: number[];
  readonly pairF: number[];
}

/** Returns B-cubed and pairwise scores of run over every seeded order of docs. */
export function score(run: Runner, docs: readonly GoldDocument[]): Scores {
  const gold = new Map(docs.map((d) => [d.id, d.gold]));
  const s: Scores = { p: [], r: [], f: [], pairF: [] };
  for (const seed of SEEDS) {
    const predicted = run(shuffled(docs, seed));
    const b = bcubed(gold, predicted);
    s.p.push(b.precision);
    s.r.push(b.recall);
    s.f.push(b.f1);
    s.pairF.push(pairwise(gold, predicted).f1);
  }
  return s;
}

/** Returns "mean ± sd" of xs. */
export function fmt(xs: readonly number[]): string {
  const { mean, sd } = meanAndSpread(xs);
  return `${mean.toFixed(3)} ± ${sd.toFixed(3)}`;
}

/** Prints the scores of run over docs on one line. */
export function evaluate(name: string, run: Runner, docs: readonly GoldDocument[]): void {
  const s = score(run, docs);
  console.log(
    `  ${name.padEnd(32)} B3 P ${fmt(s.p)}  R ${fmt(s.r)}  F1 ${fmt(s.f)}  (min ${Math.min(...s.f).toFixed(3)})  pairwise F1 ${fmt(s.pairF)}`,
  );
}

/** Prints mean B-cubed F1 for each threshold of grid and returns the best threshold. */
export function sweep(
  name: string,
  grid: readonly number[],
  make: (t: number) => Runner,
  docs: readonly GoldDocument[],
): number {
  let best = { t: grid[0] ?? 0, f: -1 };
  const cells = grid.map((t) => {
    const f = meanAndSpread(score(make(t), docs).f).mean;
    if (f > best.f) best = { t, f };
    return `${t.toFixed(3)}:${f.toFixed(3)}`;
  });
  console.log(`  ${name} sweep, B3 F1 by threshold: ${cells.join(' ')}`);
  console.log(`  ${name} best on tuning topics: ${best.t.toFixed(3)} (B3 F1 ${best.f.toFixed(3)})`);
  return best.t;
}

// Near-duplicate scoring against the ground truth, on item ids: clusters from the true copies
// and from the store's links, then precision and recall over pairs of items in the same
// cluster, and over the store's individual links.
import { EDIT_BUCKETS } from './edits.ts';

/** A disjoint-set forest over item ids. */
export class Clusters {
  private readonly parent = new Map<number, number>();

  /** Returns the representative of id's cluster. */
  find(id: number): number {
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as number;
    for (let at = id; at !== root;) {
      const next = this.parent.get(at) as number;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }

  /** Returns the members of every cluster with more than one item. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (const id of this.parent.keys()) {
      const root = this.find(id);
      byRoot.set(root, [...(byRoot.get(root) ?? []), id]);
    }
    for (const [root, members] of byRoot) if (!members.includes(root)) members.push(root);
    return [...byRoot.values()].filter((m) => m.length > 1);
  }
}

const pairs = (n: number) => (n * (n - 1)) / 2;

export interface PairScores {
  readonly predicted: number;
  readonly actual: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
}

/** Returns pairwise precision and recall of predicted clusters against true ones. */
export function pairScores(predicted: Clusters, truth: Clusters): PairScores {
  let predictedPairs = 0;
  let correct = 0;
  for (const group of predicted.groups()) {
    predictedPairs += pairs(group.length);
    const byTrueRoot = new Map<number, number>();
    for (const id of group) byTrueRoot.set(truth.find(id), (byTrueRoot.get(truth.find(id)) ?? 0) + 1);
    for (const n of byTrueRoot.values()) correct += pairs(n);
  }
  const actual = truth.groups().reduce((n, g) => n + pairs(g.length), 0);
  return {
    predicted: predictedPairs,
    actual,
    correct,
    precision: correct / Math.max(1, predictedPairs),
    recall: correct / Math.max(1, actual),
  };
}

/** Returns the label of the edit-rate bucket a rate falls in, e.g. "1-5%". */
export function bucketOf(rate: number): string {
  const bucket = EDIT_BUCKETS.find(([low, high]) => rate >= low && rate < high) ??
    EDIT_BUCKETS.at(-1) ?? [0, 0];
  return `${Math.round(bucket[0] * 100)}-${Math.round(bucket[1] * 100)}%`;
}

/** Returns the label of a body-length band in words. */
export function lengthBandOf(words: number): string {
  return words < 120 ? '<120 words' : words < 400 ? '120-400 words' : '400+ words';
}

/** Returns n / d as a percentage with one decimal. */
export function percent(n: number, d: number): string {
  return d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`;
}

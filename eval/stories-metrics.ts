// Clustering scores against gold clusters: B-cubed (Bagga & Baldwin 1998) and pairwise.

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function groupBy(ids: readonly string[], label: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const id of ids) {
    const key = label.get(id) ?? `missing:${id}`;
    const set = groups.get(key) ?? new Set<string>();
    set.add(id);
    groups.set(key, set);
  }
  return groups;
}

/** Returns B-cubed precision, recall and F1 of predicted against gold (per-document averages). */
export function bcubed(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): Scores {
  const ids = [...gold.keys()];
  const g = groupBy(ids, gold);
  const p = groupBy(ids, predicted);
  let precision = 0;
  let recall = 0;
  for (const id of ids) {
    const gs = g.get(gold.get(id) ?? '') ?? new Set<string>();
    const ps = p.get(predicted.get(id) ?? `missing:${id}`) ?? new Set<string>();
    let both = 0;
    for (const other of ps) if (gs.has(other)) both += 1;
    precision += both / ps.size;
    recall += both / gs.size;
  }
  precision /= ids.length;
  recall /= ids.length;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Returns pairwise precision, recall and F1: over pairs of documents put in one cluster. */
export function pairwise(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): Scores {
  const ids = [...gold.keys()];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) {
      const a = ids[i] as string;
      const b = ids[j] as string;
      const sameGold = gold.get(a) === gold.get(b);
      const samePred = predicted.get(a) === predicted.get(b);
      if (sameGold && samePred) tp += 1;
      else if (samePred) fp += 1;
      else if (sameGold) fn += 1;
    }
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: f1(precision, recall) };
}

/** Returns the mean and the (population) standard deviation of xs. */
export function meanAndSpread(xs: readonly number[]): { readonly mean: number; readonly sd: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  return { mean, sd };
}

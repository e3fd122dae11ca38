// conlleval-style scoring: a predicted name counts only when its start, end and type all
// match a gold name exactly; precision, recall and F1 per type and micro-averaged.
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
}

/** Adds the matches between gold and predicted spans of one sentence to counts by type ("ALL" too). */
export function countMatches(
  counts: Map<string, Counts>,
  gold: readonly Span[],
  predicted: readonly Span[],
): void {
  const key = (s: Span): string => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  for (const s of predicted) bump(counts, s.type, goldKeys.has(key(s)) ? 'tp' : 'fp');
  for (const s of gold) if (!predKeys.has(key(s))) bump(counts, s.type, 'fn');
}

/** Returns precision, recall and F1 from counts. */
export function scoresOf(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold: c.tp + c.fn, predicted: c.tp + c.fp };
}

function bump(counts: Map<string, Counts>, type: string, field: keyof Counts): void {
  for (const t of [type, 'ALL']) {
    const c = counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    c[field] += 1;
    counts.set(t, c);
  }
}

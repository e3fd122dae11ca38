// Sparse vectors as maps from term to weight, with inverse document frequency applied at
// comparison time so that old centroids follow the document frequencies as they move.
import type { TermWeights } from './story-features.ts';

export type Idf = (term: string) => number;

/** Returns the Euclidean length of v with idf applied. */
export function weightedNorm(v: TermWeights, idf: Idf): number {
  let sum = 0;
  for (const [term, w] of v) sum += (w * idf(term)) ** 2;
  return Math.sqrt(sum);
}

/** Returns the dot product of a and b with idf applied to both sides. */
export function weightedDot(a: TermWeights, b: TermWeights, idf: Idf): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += w * other * idf(term) ** 2;
  }
  return sum;
}

/** Returns the cosine of a and b with idf applied, 0 when either is empty. */
export function weightedCosine(a: TermWeights, b: TermWeights, idf: Idf, bNorm?: number): number {
  const na = weightedNorm(a, idf);
  const nb = bNorm ?? weightedNorm(b, idf);
  return na === 0 || nb === 0 ? 0 : weightedDot(a, b, idf) / (na * nb);
}

/** Adds factor times v into sum, dropping terms that fall to zero. */
export function addScaled(sum: Map<string, number>, v: TermWeights, factor: number): void {
  for (const [term, w] of v) {
    const next = (sum.get(term) ?? 0) + factor * w;
    if (Math.abs(next) < 1e-9) sum.delete(term);
    else sum.set(term, next);
  }
}

/** Returns the plain Euclidean length of v (no idf). */
export function plainNorm(v: TermWeights): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
}

// The main names of a story, for its summary: the names of its centroid by weight.
import type { Idf } from './sparse-vector.ts';

/** Returns the limit names that weigh most in names (phrases before the words inside them). */
export function rankNames(names: ReadonlyMap<string, number>, idf: Idf, limit: number): string[] {
  // A phrase weighs as much as its words together: "world uyghur congress" before "uyghur".
  const weigh = ([name, w]: readonly [string, number]) => w * idf(name) * name.split(' ').length;
  const ranked = [...names].sort((a, b) => weigh(b) - weigh(a) || a[0].localeCompare(b[0]));
  const chosen: string[] = [];
  for (const [name] of ranked) {
    if (chosen.length >= limit) break;
    if (!chosen.some((c) => c.split(' ').includes(name))) chosen.push(name);
  }
  return chosen;
}

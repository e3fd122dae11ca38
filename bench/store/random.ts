// Seeded randomness for the store benchmark: every generated item is a pure function of the
// seed and its index, so the archive can be regenerated piece by piece without keeping it in
// memory, and an original can be rebuilt when a later copy needs it.

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** Returns a mixed 32-bit hash of the numbers (murmur3's finaliser over each). */
export function mixKeys(...keys: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const key of keys) {
    h = Math.imul(h ^ (key >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    // Keys above 2^32 (none expected) still differ in their high part.
    h ^= Math.floor(key / 4294967296);
  }
  return h >>> 0;
}

/** Returns a deterministic generator (mulberry32) for the given keys. */
export function randomFor(...keys: readonly number[]): Random {
  return mulberry32(mixKeys(...keys));
}

/** Returns mulberry32 started at a 32-bit state: small, fast, and the same on every machine. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns an integer in [low, high]. */
export function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

/** Returns one element of a non-empty list. */
export function pick<T>(random: Random, list: readonly T[]): T {
  const value = list[Math.floor(random() * list.length)];
  if (value === undefined) throw new Error('bench: pick from an empty list');
  return value;
}

/** Returns a standard normal deviate (Box-Muller). */
export function normal(random: Random): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Returns a copy of list in a seeded random order (Fisher-Yates). */
export function shuffled<T>(random: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A Zipf-distributed choice among ranked words: rank r has weight 1 / (r + q)^s. */
export interface Zipf {
  readonly words: readonly string[];
  readonly draw: (random: Random) => string;
}

/** Returns a Zipf–Mandelbrot sampler over words, most frequent first. */
export function zipfOf(words: readonly string[], s = 1, q = 2.7): Zipf {
  if (words.length === 0) throw new Error('bench: Zipf over an empty list');
  const cdf = new Float64Array(words.length);
  let total = 0;
  words.forEach((_, rank) => {
    total += 1 / Math.pow(rank + 1 + q, s);
    cdf[rank] = total;
  });
  return {
    words,
    draw: (random) => {
      const target = random() * total;
      let low = 0;
      let high = words.length - 1;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((cdf[mid] as number) < target) low = mid + 1;
        else high = mid;
      }
      return words[low] as string;
    },
  };
}

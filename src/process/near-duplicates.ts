// Near-duplicate detection for syndicated copy: word-bigram shingles, MinHash signatures and
// locality-sensitive hashing bands, then an exact Jaccard check.
//
// Thresholds: an edit of 20% of the words keeps about 64% of word bigrams, a bigram Jaccard
// near 0.47; unrelated articles on the same topic share under 0.1. We call two texts
// duplicates at Jaccard >= 0.35. With 10 bands of 2 rows, a pair at 0.47 becomes a candidate
// with probability 0.92 (0.73 at 0.35), a pair at 0.1 with probability 0.10; candidates are
// then checked exactly. Ten bands keep the index small: each band is a row written at random.

export const DUPLICATE_THRESHOLD = 0.35;
export const BANDS = 10;
export const ROWS_PER_BAND = 2;
/** Texts with fewer shingles than this are too short to call duplicates. */
export const MIN_SHINGLES = 12;

const SEEDS = Uint32Array.from({ length: BANDS * ROWS_PER_BAND }, (_, i) =>
  fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)),
);

function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

/** Returns the words of text, lower-cased, without diacritics. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Returns the hashed word-bigram shingles of text. */
export function shinglesOf(text: string): Set<number> {
  const words = wordsOf(text);
  const shingles = new Set<number>();
  for (let i = 0; i + 1 < words.length; i++) shingles.add(hashString(`${words[i]} ${words[i + 1]}`));
  return shingles;
}

/** Returns the Jaccard similarity of two shingle sets. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Returns shingles packed in a typed array: about a tenth of a Set's memory, for caches. */
export function packShingles(shingles: ReadonlySet<number>): Uint32Array {
  return Uint32Array.from(shingles);
}

/** Returns the Jaccard similarity of a shingle set and a packed one, exactly as `jaccard`. */
export function jaccardPacked(a: ReadonlySet<number>, b: Uint32Array): number {
  if (a.size === 0 && b.length === 0) return 1;
  let shared = 0;
  for (const x of b) if (a.has(x)) shared += 1;
  return shared / (a.size + b.length - shared);
}

/** Returns the LSH band keys of a shingle set (empty when it is too short to compare). */
export function bandKeysOf(shingles: ReadonlySet<number>): number[] {
  if (shingles.size < MIN_SHINGLES) return [];
  const mins = new Uint32Array(SEEDS.length).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SEEDS.length; i++) {
      const h = fmix32(shingle ^ (SEEDS[i] as number));
      if (h < (mins[i] as number)) mins[i] = h;
    }
  }
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = band + 1;
    for (let row = 0; row < ROWS_PER_BAND; row++)
      h = fmix32(h ^ (mins[band * ROWS_PER_BAND + row] as number));
    keys.push(band * 0x100000000 + h);
  }
  return keys;
}

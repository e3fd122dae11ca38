// Lists of known names by category, matched longest-first over a sentence's tokens.

/** Known names: the space-joined tokens of each name and the categories it belongs to (bit mask). */
export interface Gazetteer {
  readonly categories: readonly string[];
  readonly names: ReadonlyMap<string, number>;
  readonly longest: number;
  /** When true, names are stored and matched in lower case. */
  readonly folded: boolean;
  /** The first word of every name and the most words a name starting with it has: most words start none. */
  readonly firstWords: ReadonlyMap<string, number>;
}

/** One known name. */
export interface GazetteerEntry {
  readonly tokens: readonly string[];
  readonly category: string;
}

/** Returns a gazetteer of entries; folded ones match regardless of case. */
export function buildGazetteer(
  entries: Iterable<GazetteerEntry>,
  categories: readonly string[],
  folded: boolean,
): Gazetteer {
  const names = new Map<string, number>();
  const firstWords = new Map<string, number>();
  let longest = 0;
  for (const { tokens, category } of entries) {
    const c = categories.indexOf(category);
    if (c < 0 || tokens.length === 0) continue;
    const key = (folded ? tokens.map((t) => t.toLowerCase()) : tokens).join(' ');
    names.set(key, (names.get(key) ?? 0) | (1 << c));
    const first = key.split(' ')[0] ?? '';
    firstWords.set(first, Math.max(firstWords.get(first) ?? 0, tokens.length));
    longest = Math.max(longest, tokens.length);
  }
  return { categories, names, longest, folded, firstWords };
}

/**
 * Returns, per token, the features it carries from the gazetteer ("gz=PER-B"), from the
 * longest match starting at each capitalised position, left to right without overlap.
 */
export function matchGazetteer(
  gaz: Gazetteer,
  prefix: string,
  words: readonly string[],
  lowers: readonly string[],
): string[][] {
  const out: string[][] = words.map(() => []);
  const keys = gaz.folded ? lowers : words;
  let i = 0;
  while (i < words.length) {
    const len = /^[A-Z0-9]/.test(words[i] ?? '') ? longestMatch(gaz, keys, i) : 0;
    if (len === 0) {
      i += 1;
      continue;
    }
    const mask = gaz.names.get(keys.slice(i, i + len).join(' ')) ?? 0;
    gaz.categories.forEach((category, c) => {
      if ((mask & (1 << c)) === 0) return;
      for (let k = i; k < i + len; k++) out[k]?.push(`${prefix}=${category}-${partOf(k - i, len)}`);
    });
    i += len;
  }
  return out;
}

function longestMatch(gaz: Gazetteer, keys: readonly string[], i: number): number {
  const most = gaz.firstWords.get(keys[i] ?? '') ?? 0;
  for (let len = Math.min(most, keys.length - i); len > 0; len--) {
    if (gaz.names.has(keys.slice(i, i + len).join(' '))) return len;
  }
  return 0;
}

function partOf(k: number, len: number): string {
  if (len === 1) return 'U';
  if (k === 0) return 'B';
  return k === len - 1 ? 'L' : 'I';
}

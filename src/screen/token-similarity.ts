// How alike two name tokens are, and by which route: the same word, a spelling variant, a
// near miss, the same consonants, the same sound across scripts, or an initial. Each route
// has a fixed credit below 1, so an analyst can read how much of a match rests on it.
import { consonants, fold, skeleton } from './phonetic-key.ts';
import type { PreparedToken } from './prepare-name.ts';
import { jaroWinkler, levenshtein, levenshteinSimilarity } from './string-distance.ts';

export type LinkMethod =
  'exact' | 'spelling' | 'fuzzy' | 'consonants' | 'phonetic' | 'initial' | 'acronym' | 'joined';

export interface TokenSimilarity {
  readonly similarity: number;
  readonly method: LinkMethod;
}

// Credits per route. A folded spelling ("Wladimir"/"Vladimir") is nearly certain; an
// inflected ending ("Putinas", "Vladimirs") or the same consonants ("Volodymyr"/"Vladimir")
// likely; a cross-script consonant skeleton ("fldymyr") likely but coarser.
const SPELLING = 0.95;
const INFLECTED = 0.9;
const INITIAL = 0.9;
const SAME_CONSONANTS = 0.85;
const SAME_SKELETON = 0.85;
const NEAR_SKELETON = 0.7;
// Below an average of Jaro-Winkler and Levenshtein similarity of 0.7 two tokens are different
// words ("putin"/"potanin" 0.65); the credit rises linearly to 1 for equal strings.
const FUZZY_FLOOR = 0.7;
const INFLECTIONS: ReadonlySet<string> = new Set(['s', 'as', 'is', 'us', 'a', 'e', 'i']);

const NONE: TokenSimilarity = { similarity: 0, method: 'fuzzy' };

/** Returns how alike two tokens are (0..1) and the route that found it. */
export function compareTokens(a: PreparedToken, b: PreparedToken): TokenSimilarity {
  if (a.text === b.text) return { similarity: 1, method: 'exact' };
  if (a.kind === 'initial' || b.kind === 'initial') return compareInitial(a, b);
  if (a.fold === b.fold) return { similarity: SPELLING, method: 'spelling' };
  let best = NONE;
  const stemsA = stems(a.fold);
  const stemsB = stems(b.fold);
  if (stemsB.some((x) => stemsA.includes(x))) best = { similarity: INFLECTED, method: 'spelling' };
  const fuzzy = Math.max(fuzzyCredit(a.fold, b.fold), fuzzyCredit(stemsA.at(-1)!, stemsB.at(-1)!));
  if (fuzzy > best.similarity) best = { similarity: fuzzy, method: 'fuzzy' };
  if (best.similarity < SAME_CONSONANTS && haveSameConsonants(stemsA, stemsB)) {
    best = { similarity: SAME_CONSONANTS, method: 'consonants' };
  }
  if ((a.weakVowels || b.weakVowels) && best.similarity < SAME_SKELETON) {
    const phonetic = skeletonCredit(a.skeleton, b.skeleton);
    if (phonetic > best.similarity) best = { similarity: phonetic, method: 'phonetic' };
  }
  return best;
}

/** Returns the credit for two strings by Jaro-Winkler and Levenshtein together (0 below the floor). */
export function fuzzyCredit(a: string, b: string): number {
  const raw = (jaroWinkler(a, b) + levenshteinSimilarity(a, b)) / 2;
  return raw <= FUZZY_FLOOR ? 0 : (raw - FUZZY_FLOOR) / (1 - FUZZY_FLOOR);
}

/** Returns the keys of a token made by joining several ("hik" + "vision"). */
export function joinedKeys(
  text: string,
  script: PreparedToken['script'],
): Pick<PreparedToken, 'fold' | 'consonants' | 'skeleton'> {
  const folded = fold(text);
  return { fold: folded, consonants: consonants(folded), skeleton: skeleton(text, script) };
}

function compareInitial(a: PreparedToken, b: PreparedToken): TokenSimilarity {
  if (a.kind === 'initial' && b.kind === 'initial') return NONE;
  const [initial, word] = a.kind === 'initial' ? [a, b] : [b, a];
  if (word.fold.startsWith(initial.fold) || word.text.startsWith(initial.text)) {
    return { similarity: INITIAL, method: 'initial' };
  }
  // "В." for a name written in Arabic or Chinese: compare the first consonant class.
  if (word.weakVowels && word.skeleton[0] === initial.skeleton[0])
    return { similarity: NEAR_SKELETON, method: 'initial' };
  return NONE;
}

// "Volodymyr"/"Vladimir", "Volodymyr"/"Vladimirs": the same consonants, stem against stem.
function haveSameConsonants(stemsA: readonly string[], stemsB: readonly string[]): boolean {
  const keysA = stemsA.map(consonants).filter((k) => k.length >= 4);
  return keysA.length > 0 && stemsB.some((x) => keysA.includes(consonants(x)));
}

// A word and the word without a case ending ("putinas", "putin"), for "Putinas"/"Putini".
function stems(word: string): string[] {
  const out = [word];
  for (const ending of INFLECTIONS) {
    if (word.length - ending.length >= 4 && word.endsWith(ending)) out.push(word.slice(0, -ending.length));
  }
  return out;
}

// Latin spellings may carry an inflected ending (Lithuanian "Putinas", Latvian "Putins")
// that a transliteration from another script does not: a final s class is also tried without.
function skeletonCredit(a: string, b: string): number {
  let best = skeletonPairCredit(a, b);
  if (a.endsWith('S') !== b.endsWith('S')) {
    best = Math.max(best, skeletonPairCredit(a.replace(/S$/, ''), b.replace(/S$/, '')));
  }
  return best;
}

function skeletonPairCredit(a: string, b: string): number {
  if (a.length < 3 || b.length < 3) return 0;
  if (a === b) return SAME_SKELETON;
  return Math.max(a.length, b.length) >= 4 && levenshtein(a, b) === 1 ? NEAR_SKELETON : 0;
}

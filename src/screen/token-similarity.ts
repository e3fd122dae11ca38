// How alike two name tokens are, and by which route: the same word, a spelling variant, a
// near miss, the same consonants, the same sound across scripts, or an initial. Each route
// has a fixed credit below 1, so an analyst can read how much of a match rests on it.
import { skeletonsMatch } from './phonetic-key.ts';
import type { PreparedToken } from './prepare-name.ts';
import { jaroWinkler, levenshteinSimilarity } from './string-distance.ts';

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
const ONE_CLASS = 0.5;
// Below an average of Jaro-Winkler and Levenshtein similarity of 0.7 two tokens are different
// words ("putin"/"potanin" 0.65); the credit rises linearly to 1 for equal strings.
const FUZZY_FLOOR = 0.7;

const NONE: TokenSimilarity = { similarity: 0, method: 'fuzzy' };

/** Returns how alike two tokens are (0..1) and the route that found it. */
export function compareTokens(a: PreparedToken, b: PreparedToken): TokenSimilarity {
  if (a.text === b.text) return { similarity: 1, method: 'exact' };
  if (a.kind === 'initial' || b.kind === 'initial') return compareInitial(a, b);
  if (a.fold === b.fold) return { similarity: SPELLING, method: 'spelling' };
  let best = NONE;
  if (b.stems.some((x) => a.stems.includes(x))) best = { similarity: INFLECTED, method: 'spelling' };
  const fuzzy = Math.max(fuzzyCredit(a.fold, b.fold), fuzzyCredit(a.stems.at(-1)!, b.stems.at(-1)!));
  if (fuzzy > best.similarity) best = { similarity: fuzzy, method: 'fuzzy' };
  if (best.similarity < SAME_CONSONANTS && b.stemConsonants.some((c) => a.stemConsonants.includes(c))) {
    best = { similarity: SAME_CONSONANTS, method: 'consonants' };
  }
  if ((a.weakVowels || b.weakVowels) && best.similarity < SAME_SKELETON && areComparable(a, b)) {
    const phonetic = skeletonCredit(a.skeleton, b.skeleton);
    if (phonetic > best.similarity) best = { similarity: phonetic, method: 'phonetic' };
  }
  return best;
}

/** Returns the credit for two strings by Jaro-Winkler and Levenshtein together (0 below the floor). */
export function fuzzyCredit(a: string, b: string): number {
  // (JW + Levenshtein) / 2 cannot pass the floor when one word is less than half the other.
  if (Math.min(a.length, b.length) * 2 < Math.max(a.length, b.length)) return 0;
  const raw = (jaroWinkler(a, b) + levenshteinSimilarity(a, b)) / 2;
  return raw <= FUZZY_FLOOR ? 0 : (raw - FUZZY_FLOOR) / (1 - FUZZY_FLOOR);
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

// A consonant skeleton drops most letters; it only means something between words of
// comparable length, and not for a Latin abbreviation ("haikangweishi" and "CNPC" share one).
function areComparable(a: PreparedToken, b: PreparedToken): boolean {
  const isAbbreviation = (t: PreparedToken): boolean => !t.weakVowels && !/[aeiouy]/.test(t.text);
  if (isAbbreviation(a) || isAbbreviation(b)) return false;
  return Math.min(a.text.length, b.text.length) * 2.5 >= Math.max(a.text.length, b.text.length);
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

// Two consonant classes are little to go on ("tyb" for Tayyip): equal ones get the lower
// credit; one class ("ly" for Ali) less still, never enough to make a match on its own.
function skeletonPairCredit(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.length === 1 || b.length === 1) return a === b && a !== 'J' ? ONE_CLASS : 0;
  if (a.length === 2 || b.length === 2) return a === b && !a.includes('J') ? NEAR_SKELETON : 0;
  if (skeletonsMatch(a, b)) return SAME_SKELETON;
  // One class more at either end only, and in long skeletons: a transliteration that lost a
  // first or last sound (Burmese "bladimia"). "PTN"/"PTNN" are Putin and Potanin, and
  // "SLNSK"/"SLNPSK" Zelensky and Zhirinovsky.
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const isEndTrimmed =
    long.length === short.length + 1 &&
    (skeletonsMatch(long.slice(1), short) || skeletonsMatch(long.slice(0, -1), short));
  return long.length >= 5 && isEndTrimmed ? NEAR_SKELETON : 0;
}

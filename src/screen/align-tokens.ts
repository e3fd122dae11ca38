// Pairs the tokens of two names, in any order ("Putin Vladimir" and "Vladimir Putin"). A link
// joins one token to one token, or one token to a run of tokens on the other side: a word
// written apart ("Hik Vision"/"Hikvision", "Jin Ping"/"Jinping") or an acronym ("NCA" for
// "National Crime Agency"). Links are taken best first, each token used once.
import type { PreparedName, PreparedToken } from './prepare-name.ts';
import type { TokenRun } from './name-runs.ts';
import { compareTokens, type LinkMethod, type TokenSimilarity } from './token-similarity.ts';

export interface TokenLink {
  /** Indexes into the first name's tokens. */
  readonly a: readonly number[];
  /** Indexes into the second name's tokens. */
  readonly b: readonly number[];
  readonly similarity: number;
  readonly method: LinkMethod;
}

// A joined run must read as the other token nearly exactly: joining is a guess about spacing.
const MIN_JOINED = 0.85;
const ACRONYM = 0.9;

/** Returns the best one-to-one (or one-to-run) links between the tokens of a and b. */
export function alignTokens(a: PreparedName, b: PreparedName): TokenLink[] {
  const candidates = [...singleLinks(a, b), ...runLinks(a, b, false), ...runLinks(b, a, true)];
  // Best first by similarity times the weight the link covers, so that an initial ("V.")
  // does not take the word a full name ("Vladimir") would have matched better.
  const value = (l: TokenLink): number =>
    l.similarity * (sumWeight(a.tokens, l.a) + sumWeight(b.tokens, l.b));
  candidates.sort((x, y) => value(y) - value(x) || y.similarity - x.similarity);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const links: TokenLink[] = [];
  for (const link of candidates) {
    if (link.a.some((i) => usedA.has(i)) || link.b.some((j) => usedB.has(j))) continue;
    link.a.forEach((i) => usedA.add(i));
    link.b.forEach((j) => usedB.add(j));
    links.push(link);
  }
  return links;
}

const isContent = (t: PreparedToken): boolean => t.kind !== 'stop';

function sumWeight(tokens: readonly PreparedToken[], indexes: readonly number[]): number {
  return indexes.reduce((sum, i) => sum + tokens[i]!.weight, 0);
}

function singleLinks(a: PreparedName, b: PreparedName): TokenLink[] {
  const links: TokenLink[] = [];
  a.tokens.forEach((ta, i) => {
    if (!isContent(ta)) return;
    b.tokens.forEach((tb, j) => {
      if (!isContent(tb)) return;
      const sim = compareTokens(ta, tb);
      if (sim.similarity > 0) links.push({ a: [i], b: [j], ...sim });
    });
  });
  return links;
}

// Links from one token of `one` to a run of tokens of `many`; `swapped` says which name is which.
function runLinks(one: PreparedName, many: PreparedName, swapped: boolean): TokenLink[] {
  const links: TokenLink[] = [];
  one.tokens.forEach((token, i) => {
    if (token.kind === 'initial' || !isContent(token)) return;
    for (const run of many.runs) {
      const sim = compareRun(token, run, many.tokens);
      if (sim) links.push(swapped ? { a: run.indexes, b: [i], ...sim } : { a: [i], b: run.indexes, ...sim });
    }
  });
  return links;
}

function compareRun(
  token: PreparedToken,
  run: TokenRun,
  tokens: readonly PreparedToken[],
): TokenSimilarity | null {
  // Letters from an abjad or a syllabary are a word's consonants, not an acronym ("bs", عباس).
  if (!token.weakVowels && isAcronymOf(token.text, run, tokens))
    return { similarity: ACRONYM, method: 'acronym' };
  const text = run.joinedText;
  // A word written apart is about as long as written together: skip the rest cheaply.
  if (text === null || Math.abs(text.length - token.text.length) * 3 > text.length) return null;
  const sim = compareTokens(token, run.joined()!);
  return sim.similarity >= MIN_JOINED ? { similarity: sim.similarity, method: 'joined' } : null;
}

// "nca" for National Crime Agency, "boa" for Bank of America, "cetc" for China Electronics
// Technology Group Corporation: the run's first letters, where stop words and generic words
// in the middle may be left out, but the run's first and last word may not.
function isAcronymOf(text: string, run: TokenRun, tokens: readonly PreparedToken[]): boolean {
  if (text.length < 2 || text.length > 8 || text[0] !== run.initialsWithStops[0] || !/^[a-z]+$/.test(text)) {
    return false;
  }
  if (text === run.initials || text === run.initialsWithStops) return true;
  const words = run.indexes.map((i) => tokens[i]!);
  return spells(text, 0, words, 0);
}

function spells(text: string, at: number, words: readonly PreparedToken[], w: number): boolean {
  if (w === words.length) return at === text.length;
  const word = words[w]!;
  const isEnd = w === 0 || w === words.length - 1;
  if (at < text.length && word.text[0] === text[at] && spells(text, at + 1, words, w + 1)) return true;
  return !isEnd && (word.kind === 'stop' || word.kind === 'generic') && spells(text, at, words, w + 1);
}

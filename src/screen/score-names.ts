// The score of two names, built from features whose contributions add up to it, so that an
// analyst sees why two names match: how much of the shorter name is found in the other and
// by which route, whether that rests on generic words only, whether each name has words the
// other lacks, and whether legal forms and countries agree.
import type { NameFeature, NameMatch } from '../model/watchlist.ts';
import { alignTokens, type TokenLink } from './align-tokens.ts';
import { compareCountries, compareLegalForms } from './agreement.ts';
import type { PreparedName } from './prepare-name.ts';
import type { LinkMethod } from './token-similarity.ts';

/**
 * Scores at or above this are matches. A name found whole in the other through
 * transliteration-level routes (each token credited 0.7–0.95) scores 0.7 or more; a name
 * sharing one of its two distinctive words with the other scores 0.5 or less before the
 * conflict penalty, and one whose only shared word is generic 0.2. 0.7 sits between the two.
 */
export const MATCH_THRESHOLD = 0.7;

/** How much a word on each side that the other lacks takes away ("Vladimir Putin"/"Vladimir Zelensky"). */
export const CONFLICT_WEIGHT = 0.6;

const FEATURE_OF: Readonly<Record<LinkMethod, string>> = {
  exact: 'token_overlap',
  spelling: 'spelling_variant',
  fuzzy: 'fuzzy_tokens',
  consonants: 'same_consonants',
  phonetic: 'transliteration',
  initial: 'initials',
  acronym: 'acronym',
  joined: 'joined_tokens',
};

interface Side {
  readonly total: number;
  readonly matched: number;
  /** Weight of the linked tokens, whatever their similarity. */
  readonly linked: number;
  readonly unmatched: number;
  readonly byMethod: ReadonlyMap<LinkMethod, number>;
  readonly missing: readonly string[];
}

/** Countries known for each side of a comparison (empty when unknown). */
export interface CountryPair {
  readonly a: readonly string[];
  readonly b: readonly string[];
}

/** Returns the match of two prepared names, with every feature and its contribution. */
export function scorePrepared(a: PreparedName, b: PreparedName, countries?: CountryPair): NameMatch {
  const links = alignTokens(a, b);
  const sideA = tally(
    a,
    links.map((l) => [l.a, l.similarity, l.method] as const),
  );
  const sideB = tally(
    b,
    links.map((l) => [l.b, l.similarity, l.method] as const),
  );
  const features = [...coverageFeatures(sideA, sideB), ...agreementFeatures(a, b, countries)];
  features.push(wordOrder(links));
  const raw = round(features.reduce((sum, f) => sum + f.contribution, 0));
  const score = round(Math.min(1, Math.max(0, raw)));
  if (score !== raw) features.push({ name: 'bounds', value: score, contribution: round(score - raw) });
  return {
    score,
    match: score >= MATCH_THRESHOLD,
    threshold: MATCH_THRESHOLD,
    a: a.name,
    b: b.name,
    features,
    links: links.map((l) => ({
      a: l.a.map((i) => a.tokens[i]!.text).join(' '),
      b: l.b.map((j) => b.tokens[j]!.text).join(' '),
      method: l.method,
      similarity: round(l.similarity),
    })),
  };
}

type SideLink = readonly [indexes: readonly number[], similarity: number, method: LinkMethod];

// An initial ("V.") completes a name but is no evidence for it beyond its own weight: "H"
// must not make "Hikvision" found in "H & M".
const INITIAL_WEIGHT = 0.3;

function evidenceWeight(weight: number, method: LinkMethod): number {
  return method === 'initial' ? Math.min(weight, INITIAL_WEIGHT) : weight;
}

function tally(name: PreparedName, links: readonly SideLink[]): Side {
  const linked = new Map<number, readonly [number, LinkMethod]>();
  for (const [indexes, similarity, method] of links)
    for (const i of indexes) linked.set(i, [similarity, method]);
  let total = 0;
  let matched = 0;
  let linkedWeight = 0;
  let unmatched = 0;
  const byMethod = new Map<LinkMethod, number>();
  const missing: string[] = [];
  name.tokens.forEach((token, i) => {
    if (token.kind === 'stop') return;
    total += token.weight;
    const link = linked.get(i);
    if (!link) {
      unmatched += token.penalty;
      if (token.penalty > 0) missing.push(token.text);
      return;
    }
    matched += token.weight * link[0];
    linkedWeight += evidenceWeight(token.weight, link[1]);
    byMethod.set(link[1], (byMethod.get(link[1]) ?? 0) + token.weight * link[0]);
  });
  return { total, matched, linked: linkedWeight, unmatched, byMethod, missing };
}

// Coverage is taken from the side found more completely in the other: "Hikvision" is all
// found in "Hangzhou Hikvision Digital Technology". Evidence scales it down when what is
// found weighs less than one distinctive word, unless neither name has one ("Bank of China").
function coverageFeatures(a: Side, b: Side): NameFeature[] {
  const coverA = a.total > 0 ? a.matched / a.total : 0;
  const coverB = b.total > 0 ? b.matched / b.total : 0;
  const side = coverA > coverB || (coverA === coverB && a.matched >= b.matched) ? a : b;
  const coverage = Math.max(coverA, coverB);
  const features: NameFeature[] = [];
  let parts = 0;
  for (const method of Object.keys(FEATURE_OF) as LinkMethod[]) {
    const part = round(side.total > 0 ? (side.byMethod.get(method) ?? 0) / side.total : 0);
    parts += part;
    if (part > 0 || method === 'exact')
      features.push({ name: FEATURE_OF[method], value: part, contribution: part });
  }
  const needed = Math.min(1, Math.max(a.total, b.total));
  const evidence = needed > 0 ? Math.min(1, side.linked / needed) : 0;
  const base = round(coverage * evidence);
  features.push({ name: 'evidence', value: round(evidence), contribution: round(base - parts) });
  const conflict = Math.min(a.unmatched, b.unmatched);
  features.push({
    name: 'conflict',
    value: round(conflict),
    contribution: round(-Math.min(base, round(CONFLICT_WEIGHT * conflict))),
    detail: `only in a: ${a.missing.join(' ') || '-'}; only in b: ${b.missing.join(' ') || '-'}`,
  });
  return features;
}

function agreementFeatures(a: PreparedName, b: PreparedName, countries?: CountryPair): NameFeature[] {
  const legal = compareLegalForms(a.legalForms, b.legalForms);
  const country = compareCountries(countries?.a ?? [], countries?.b ?? []);
  return [
    { name: 'legal_form', ...legal },
    { name: 'country', ...country },
  ];
}

function wordOrder(links: readonly TokenLink[]): NameFeature {
  const order = [...links].sort((x, y) => x.a[0]! - y.a[0]!).map((l) => l.b[0]!);
  const same = order.every((j, k) => k === 0 || j > order[k - 1]!);
  return { name: 'word_order', value: same ? 'same' : 'reordered', contribution: 0 };
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000 + 0;
}

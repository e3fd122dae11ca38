// An in-memory candidate index over canonical entities, so that a 10,000-name watchlist is
// compared with the few entities each name could match instead of all of them. Names are
// filed under their blocking keys (name-keys.ts); a query gathers the entities sharing keys,
// ranks them by the rarity of what they share, and the matcher scores the best of them.
import type { NameInput, NameMatch } from '../model/watchlist.ts';
import { prepareEntity, scoreEntities, type PreparedEntity } from './match-names.ts';
import { nameKeys } from './name-keys.ts';
import type { PreparedName, Rarity } from './prepare-name.ts';

/** An entity to index: its id, canonical name, aliases and countries. */
export interface IndexedEntity<Id> extends NameInput {
  readonly id: Id;
}

/** An entity that shares blocking keys with a query, and how strongly (sum of key rarities). */
export interface Candidate<Id> {
  readonly id: Id;
  readonly affinity: number;
}

/** An entity that matches a query, with the explained match. */
export interface ScreenHit<Id> {
  readonly id: Id;
  readonly match: NameMatch;
}

export interface NameIndex<Id> {
  readonly size: number;
  /** Returns the entities sharing blocking keys with the query, most affine first, at most limit. */
  findCandidates(query: string | NameInput, limit?: number): Candidate<Id>[];
  /** Returns the candidates whose score passes the threshold, best first. */
  screen(query: string | NameInput, limit?: number): ScreenHit<Id>[];
}

/** How many candidates a query scores by default: enough for a common surname, few enough to stay fast. */
export const DEFAULT_CANDIDATES = 50;

/** Returns an index over the entities, with word weights scaled by how rare each word is among them. */
export function buildNameIndex<Id>(entities: Iterable<IndexedEntity<Id>>): NameIndex<Id> {
  const list = [...entities];
  const plain = list.map((e) => prepareEntity(e));
  const rarity = rarityOf(plain);
  const prepared = plain.map((e) => reweigh(e, rarity));
  const postings = new Map<string, number[]>();
  prepared.forEach((entity, index) => {
    for (const key of entityKeys(entity.variants)) {
      const posting = postings.get(key);
      if (posting) posting.push(index);
      else postings.set(key, [index]);
    }
  });
  const rank = makeRanker(postings, list.length);
  const candidatesOf = (query: PreparedEntity, limit: number): Candidate<number>[] =>
    rank(entityKeys(query.variants), limit);
  return {
    size: list.length,
    findCandidates(query, limit = DEFAULT_CANDIDATES) {
      return candidatesOf(prepareEntity(query, rarity), limit).map((c) => ({ ...c, id: list[c.id]!.id }));
    },
    screen(query, limit = DEFAULT_CANDIDATES) {
      const q = prepareEntity(query, rarity);
      return candidatesOf(q, limit)
        .map((c) => ({ id: list[c.id]!.id, match: scoreEntities(q, prepared[c.id]!) }))
        .filter((hit) => hit.match.match)
        .sort((x, y) => y.match.score - x.match.score);
    },
  };
}

function entityKeys(variants: readonly PreparedName[]): Set<string> {
  return new Set(variants.flatMap(nameKeys));
}

// Keys shared by more entities than this say little and cost much (a common given name, a
// frequent skeleton); they are skipped. Pairs of words and rarer keys still find the entity.
const MAX_POSTING_SHARE = 0.005;
const MIN_POSTING_CAP = 500;

// Sums, for each entity, the rarity (log inverse frequency) of the keys it shares with the
// query, in a reusable array, and returns the best `limit` entities.
function makeRanker(
  postings: ReadonlyMap<string, readonly number[]>,
  total: number,
): (keys: ReadonlySet<string>, limit: number) => Candidate<number>[] {
  const affinity = new Float64Array(total);
  const cap = Math.max(MIN_POSTING_CAP, total * MAX_POSTING_SHARE);
  return (keys, limit) => {
    const touched: number[] = [];
    for (const key of keys) {
      const posting = postings.get(key);
      if (!posting || posting.length > cap) continue;
      const weight = Math.log(1 + total / posting.length);
      for (const index of posting) {
        if (affinity[index] === 0) touched.push(index);
        affinity[index] = affinity[index]! + weight;
      }
    }
    const ranked = touched
      .map((id) => ({ id, affinity: affinity[id]! }))
      .sort((x, y) => y.affinity - x.affinity || x.id - y.id)
      .slice(0, limit);
    for (const index of touched) affinity[index] = 0;
    return ranked;
  };
}

// A word found in more than one name in a thousand is common in this collection; its weight
// falls with its share, to a floor of 0.2 (a generic word's weight) for a word in every name.
// This is inverse document frequency, anchored so that rare words keep weight 1.
const RARE_SHARE = 0.001;
// In a small collection a word in a few dozen names may simply be what it is about (a group's
// subsidiaries all named after it): below this count a word keeps its full weight.
const MIN_RARE_COUNT = 50;
const FLOOR = 0.2;

function rarityOf(entities: readonly PreparedEntity[]): Rarity {
  const counts = new Map<string, number>();
  for (const entity of entities) {
    const words = new Set(entity.variants.flatMap((v) => v.tokens.map((t) => t.fold)));
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const rareCount = Math.max(MIN_RARE_COUNT, entities.length * RARE_SHARE);
  const span = Math.log(entities.length / rareCount);
  return (folded) => {
    const count = counts.get(folded) ?? 0;
    if (count <= rareCount || span <= 0) return 1;
    return Math.max(FLOOR, 1 - ((1 - FLOOR) * Math.log(count / rareCount)) / span);
  };
}

// The entity with the weights of its ordinary words scaled by their rarity in the index.
function reweigh(entity: PreparedEntity, rarity: Rarity): PreparedEntity {
  const variants = entity.variants.map((v) => ({
    ...v,
    tokens: v.tokens.map((t) =>
      t.kind === 'word' || t.kind === 'person' ? { ...t, weight: t.weight * rarity(t.fold) } : t,
    ),
  }));
  return { ...entity, variants };
}

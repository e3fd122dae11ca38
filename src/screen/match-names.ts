// Names with their aliases and countries: the best-matching spelling on each side decides.
import type { NameInput, NameMatch } from '../model/watchlist.ts';
import { prepareName, type PreparedName, type Rarity } from './prepare-name.ts';
import { scorePrepared } from './score-names.ts';

/** A name, its aliases and its countries, each spelling prepared for comparison. */
export interface PreparedEntity {
  readonly variants: readonly PreparedName[];
  readonly countries: readonly string[];
}

/** Returns the entity with its name and every distinct alias prepared. */
export function prepareEntity(input: string | NameInput, rarity?: Rarity): PreparedEntity {
  const entity = typeof input === 'string' ? { name: input } : input;
  const spellings = [...new Set([entity.name, ...(entity.aliases ?? [])].map((s) => s.trim()))].filter(
    (s) => s !== '',
  );
  return { variants: spellings.map((s) => prepareName(s, rarity)), countries: entity.countries ?? [] };
}

/** Returns the best match between any spelling of a and any spelling of b. */
export function scoreEntities(a: PreparedEntity, b: PreparedEntity): NameMatch {
  const countries = { a: a.countries, b: b.countries };
  let best: NameMatch | null = null;
  for (const va of a.variants) {
    for (const vb of b.variants) {
      const m = scorePrepared(va, vb, countries);
      if (best === null || m.score > best.score) best = m;
    }
  }
  return best ?? scorePrepared(prepareName(''), prepareName(''), countries);
}

/** Returns the match of two names, each a string or a name with aliases and countries. */
export function scoreNames(a: string | NameInput, b: string | NameInput): NameMatch {
  return scoreEntities(prepareEntity(a), prepareEntity(b));
}

// The tagger's outside knowledge: name lists from the lexicon of the compromise package
// (MIT; first and last names, places, organisations, demonyms), read at training time only and
// stored inside the model, so nothing but the model is needed at run time.
import nlp from 'compromise';
import type { GazetteerEntry } from '../src/extract/index.ts';

// compromise's tags, grouped into the categories the tagger sees.
const CATEGORIES: Readonly<Record<string, string>> = {
  FirstName: 'first',
  MaleName: 'first',
  FemaleName: 'first',
  LastName: 'last',
  Person: 'person',
  Country: 'country',
  City: 'place',
  Region: 'place',
  Place: 'place',
  Organization: 'org',
  SportsTeam: 'org',
  Demonym: 'demonym',
};

/** Returns compromise's names as gazetteer entries, sorted for determinism. */
export function compromiseLexicon(): GazetteerEntry[] {
  const world = nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } };
  const out: GazetteerEntry[] = [];
  for (const [name, tags] of Object.entries(world.model.one.lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const category = CATEGORIES[tag];
      if (category !== undefined) out.push({ tokens: name.split(' '), category });
    }
  }
  return out.sort((a, b) =>
    `${a.category} ${a.tokens.join(' ')}`.localeCompare(`${b.category} ${b.tokens.join(' ')}`),
  );
}

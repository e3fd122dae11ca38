// A taxonomy compiled for matching: each term, phrase and entity as a sequence of word keys,
// indexed by its first key. Terms and phrases compare word stems, so "camp" finds "camps" and
// "detain" finds "detained"; entities compare whole words, so "Hikvision" is only Hikvision.
import type { ThemeTaxonomy, ThemeTrigger } from '../model/story.ts';
import { normaliseWord, tokenizeWords } from './text-tokens.ts';
import { stemWord } from './word-stem.ts';

export interface ThemePattern {
  readonly theme: string;
  readonly pattern: string;
  readonly kind: ThemeTrigger['kind'];
  /** The key of each word: a stem for terms and phrases, the normalised word for entities. */
  readonly keys: readonly string[];
}

export interface CompiledTaxonomy {
  readonly taxonomy: ThemeTaxonomy;
  /** Patterns by the key of their first word. */
  readonly byFirstKey: ReadonlyMap<string, readonly ThemePattern[]>;
}

/** Returns the key a text word is compared by, for the kind of pattern. */
export function wordKey(word: string, kind: ThemeTrigger['kind']): string {
  const w = normaliseWord(word);
  return kind === 'entity' ? w : stemWord(w);
}

/** Returns taxonomy ready for tagThemes. */
export function compileTaxonomy(taxonomy: ThemeTaxonomy): CompiledTaxonomy {
  const byFirstKey = new Map<string, ThemePattern[]>();
  for (const theme of taxonomy.themes) {
    const entries: Array<readonly [string, ThemeTrigger['kind']]> = [
      ...theme.terms.map((t) => [t, 'term'] as const),
      ...theme.phrases.map((p) => [p, 'phrase'] as const),
      ...theme.entities.map((e) => [e, 'entity'] as const),
    ];
    for (const [pattern, kind] of entries) {
      const keys = tokenizeWords(pattern).map((t) => wordKey(t.text, kind));
      const first = keys[0];
      if (first === undefined) continue;
      const list = byFirstKey.get(first) ?? [];
      list.push({ theme: theme.id, pattern, kind, keys });
      byFirstKey.set(first, list);
    }
  }
  return { taxonomy, byFirstKey };
}

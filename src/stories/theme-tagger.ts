// Which themes an item is about, and the words that say so, with their offsets: an analyst
// sees why an item got a theme, and can disagree.
import type { ThemeMatch, ThemeTaxonomy, ThemeTrigger } from '../model/story.ts';
import { compileTaxonomy, wordKey, type CompiledTaxonomy, type ThemePattern } from './theme-patterns.ts';
import { tokenizeWords, type WordToken } from './text-tokens.ts';

/** A name the entity tagger found: its canonical name, and where it is in the text if known. */
export interface ThemeEntity {
  readonly name: string;
  readonly start?: number;
  readonly end?: number;
}

// Words of one pattern may be joined by spaces, hyphens or an apostrophe, not by punctuation
// that ends a clause ("camp. Internment" is not "camp internment").
const JOINER = /^[\s\-‐‑–'’]{1,3}$/u;

/**
 * Returns the themes of text (most triggers first), each with every word or name that
 * triggered it. A theme counts when at least its minMatches distinct patterns matched.
 */
export function tagThemes(
  text: string,
  entities: readonly ThemeEntity[] | undefined,
  taxonomy: ThemeTaxonomy | CompiledTaxonomy,
): ThemeMatch[] {
  const compiled = 'byFirstKey' in taxonomy ? taxonomy : compileTaxonomy(taxonomy);
  const triggers = new Map<string, ThemeTrigger[]>();
  const add = (theme: string, t: ThemeTrigger) => triggers.set(theme, [...(triggers.get(theme) ?? []), t]);
  for (const [theme, t] of findInText(text, compiled)) add(theme, t);
  for (const [theme, t] of findInEntities(entities ?? [], compiled)) {
    if (
      !(triggers.get(theme) ?? []).some(
        (x) => x.pattern === t.pattern && (t.start === null || x.start === t.start),
      )
    )
      add(theme, t);
  }
  return compiled.taxonomy.themes
    .map((theme) => ({ theme, found: triggers.get(theme.id) ?? [] }))
    .filter(
      ({ theme, found }) => found.length > 0 && new Set(found.map((t) => t.pattern)).size >= theme.minMatches,
    )
    .sort((a, b) => b.found.length - a.found.length)
    .map(({ theme, found }) => ({ theme: theme.id, label: theme.label, triggers: found }));
}

function findInText(text: string, compiled: CompiledTaxonomy): Array<readonly [string, ThemeTrigger]> {
  const tokens = tokenizeWords(text);
  const found: Array<readonly [string, ThemeTrigger]> = [];
  // Per theme, the end of its last match: a shorter pattern inside a longer one is not counted again.
  const coveredUntil = new Map<string, number>();
  tokens.forEach((token, i) => {
    const candidates = new Set([
      ...(compiled.byFirstKey.get(wordKey(token.text, 'term')) ?? []),
      ...(compiled.byFirstKey.get(wordKey(token.text, 'entity')) ?? []),
    ]);
    const matches = [...candidates]
      .map((p) => ({ p, last: matchAt(text, tokens, i, p) }))
      .filter((m): m is { p: ThemePattern; last: number } => m.last !== null)
      .sort((a, b) => b.p.keys.length - a.p.keys.length);
    for (const { p, last } of matches) {
      if ((coveredUntil.get(p.theme) ?? -1) > token.start) continue;
      const end = (tokens[last] as WordToken).end;
      coveredUntil.set(p.theme, end);
      found.push([
        p.theme,
        { text: text.slice(token.start, end), pattern: p.pattern, kind: p.kind, start: token.start, end },
      ]);
    }
  });
  return found;
}

// Returns the index of the last token of p matched from token i, or null.
function matchAt(text: string, tokens: readonly WordToken[], i: number, p: ThemePattern): number | null {
  for (let k = 0; k < p.keys.length; k += 1) {
    const token = tokens[i + k];
    if (token === undefined || wordKey(token.text, p.kind) !== p.keys[k]) return null;
    const previous = tokens[i + k - 1];
    if (k > 0 && previous !== undefined && !JOINER.test(text.slice(previous.end, token.start))) return null;
  }
  return i + p.keys.length - 1;
}

function findInEntities(
  entities: readonly ThemeEntity[],
  compiled: CompiledTaxonomy,
): Array<readonly [string, ThemeTrigger]> {
  const found: Array<readonly [string, ThemeTrigger]> = [];
  for (const e of entities) {
    const keys = tokenizeWords(e.name).map((t) => wordKey(t.text, 'entity'));
    for (const p of compiled.byFirstKey.get(keys[0] ?? '') ?? []) {
      if (p.kind !== 'entity' || p.keys.join(' ') !== keys.join(' ')) continue;
      found.push([
        p.theme,
        { text: e.name, pattern: p.pattern, kind: 'entity', start: e.start ?? null, end: e.end ?? null },
      ]);
    }
  }
  return found;
}

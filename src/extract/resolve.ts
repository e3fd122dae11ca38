// Resolution inside one item: every mention gets the canonical name of the entity it names.
// Titles and post-nominals go; an acronym the item defines takes its full name; a person's
// short form takes the full name it refers back to ("Bachelet" → "Michelle Bachelet").
import type { EntityAlias, EntityMention, ResolvedMention } from '../model/entity.ts';
import type { AcronymDefinition } from './acronyms.ts';
import { stripHonorifics } from './honorifics.ts';
import { nameKey } from './name-key.ts';

/** Returns the mentions with canonical names and keys, and the aliases the item defined. */
export function resolveMentions(
  mentions: readonly EntityMention[],
  acronyms: readonly AcronymDefinition[],
): { mentions: ResolvedMention[]; aliases: EntityAlias[] } {
  const base = mentions.map((m) => ({ ...m, canonical: cleanName(m.text, m.type === 'PER') }));
  const aliases = acronymAliases(base, acronyms);
  const byAcronym = new Map(aliases.map((a) => [a.alias, a]));
  const withAcronyms = base.map((m) => {
    const alias = byAcronym.get(m.canonical) ?? byAcronym.get(m.canonical.replace(/s$/u, ''));
    return alias === undefined ? m : { ...m, type: alias.type, canonical: alias.canonical };
  });
  const resolved = withAcronyms.map((m) => referBack(m, withAcronyms));
  return { mentions: resolved.map((m) => ({ ...m, key: nameKey(m.canonical) })), aliases };
}

/** Returns the name as the canonical form would write it: one line, no possessive, no titles for people. */
export function cleanName(text: string, isPerson: boolean): string {
  const flat = text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/['’]s$/u, '')
    .replace(/['’]$/u, '')
    // Party names written with a lower-case "party" ("the Chinese Communist party").
    .replace(/(?<=\p{Lu}\S*) party$/u, ' Party');
  const noThe = flat.replace(/^the\s+/iu, '');
  return isPerson ? stripHonorifics(noThe) : noThe;
}

function acronymAliases(
  mentions: readonly (EntityMention & { canonical: string })[],
  acronyms: readonly AcronymDefinition[],
): EntityAlias[] {
  const out: EntityAlias[] = [];
  for (const a of acronyms) {
    const named = mentions.find((m) => m.end <= a.start && m.text === a.name);
    if (named !== undefined && !out.some((o) => o.alias === a.acronym)) {
      out.push({ alias: a.acronym, canonical: named.canonical, type: named.type });
    }
  }
  return out;
}

type Draft = EntityMention & { canonical: string };

// A name whose words end a longer person's name in the same item refers back to it: the
// nearest such name before it wins, else the first after it.
function referBack(m: Draft, all: readonly Draft[]): Draft {
  const words = m.canonical.split(' ');
  if (words.length > 2 || (m.type !== 'PER' && words.length > 1)) return m;
  const fulls = all.filter((f) => f.type === 'PER' && isLongerEnding(f.canonical, words));
  if (fulls.length === 0) return m;
  const before = fulls.filter((f) => f.start < m.start);
  const full = before.length > 0 ? before[before.length - 1] : fulls[0];
  if (full === undefined) return m;
  if (m.type !== 'PER' && m.confidence > 0.9 && m.source === 'tagger') return m;
  return { ...m, type: 'PER', canonical: full.canonical };
}

function isLongerEnding(full: string, words: readonly string[]): boolean {
  const fullWords = full.split(' ');
  if (fullWords.length <= words.length) return false;
  return words.every((w, k) => fullWords[fullWords.length - words.length + k] === w);
}

// Applies the user's alias file to canonical names: merges map a name to its entity's name;
// splits keep names apart (no spelling variants for them, or one entity per type).
import type { EntityType, ResolvedMention } from '../model/entity.ts';
import { canonicalByKey, type AliasFile } from './alias-file.ts';
import type { KnownName } from './extractor.ts';
import { foldName, nameKey } from './name-key.ts';

/** The entity a name belongs to: its display name and the key that joins its mentions. */
export interface AliasTarget {
  readonly canonical: string;
  readonly key: string;
}

export interface AliasResolver {
  readonly resolve: (name: string, type: EntityType) => AliasTarget;
  /** The names of the file's typed entities and their aliases, to look for in text. */
  readonly knownNames: readonly KnownName[];
}

/** Returns the resolver for an alias file. */
export function createAliasResolver(file: AliasFile): AliasResolver {
  const byKey = canonicalByKey(file);
  const splitNames = new Set(
    file.split.flatMap((s) => ('names' in s ? s.names : [])).map((n) => foldName(n).join(' ')),
  );
  const byType = new Set(file.split.flatMap((s) => ('name' in s ? [nameKey(s.name)] : [])));
  const resolve = (name: string, type: EntityType): AliasTarget => {
    const folded = foldName(name).join(' ');
    if (splitNames.has(folded)) return { canonical: name, key: folded };
    const key = nameKey(name);
    const canonical = byKey.get(key) ?? name;
    const target = nameKey(canonical);
    return { canonical, key: byType.has(target) ? `${target}#${type}` : target };
  };
  const knownNames = file.entities.flatMap((e) =>
    e.type === undefined ? [] : [e.name, ...e.aliases].map((name) => ({ name, type: e.type as EntityType })),
  );
  return { resolve, knownNames };
}

/** Returns mentions with the alias file's canonical names and keys applied. */
export function applyAliases(
  mentions: readonly ResolvedMention[],
  resolver: AliasResolver,
): ResolvedMention[] {
  return mentions.map((m) => ({ ...m, ...resolver.resolve(m.canonical, m.type) }));
}

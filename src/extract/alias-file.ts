// The user's alias file: YAML that adds entities, merges names into one entity, or keeps
// names apart that the automatic normalisation would join. docs/aliases.md is the user's
// guide (precedence, an example); the format, with every field:
//
//   version: 1
//   entities:                  # add: a canonical name, its aliases, found in text by name
//     - name: Hikvision        # with a type, its names are also looked for in text
//       type: ORG              # PER, ORG, LOC, MISC or LAW (optional)
//       aliases: [Hangzhou Hikvision Digital Technology]
//   merge:                     # these names are one entity, shown under `into`
//     - into: Chinese Communist Party
//       names: [Communist Party of China, CCP]
//   split:                     # these names are different entities
//     - names: [Kashi, Kashgar]
//     - name: Jordan           # or: one entity per type (the country, the person)
//       byType: true
//
// Names are compared by their normalised key (case, accents, punctuation, spelling variants).
import { parse } from 'yaml';
import { z } from 'zod';
import { ENTITY_TYPES } from '../model/entity.ts';
import { nameKey } from './name-key.ts';

const Name = z.string().trim().min(1, 'a name must not be empty');
const EntityEntry = z.strictObject({
  name: Name,
  type: z.enum(ENTITY_TYPES).optional(),
  aliases: z.array(Name).default([]),
});
const MergeEntry = z.strictObject({
  into: Name,
  names: z.array(Name).min(1, 'merge needs at least one name'),
});
const SplitEntry = z.union([
  z.strictObject({ names: z.array(Name).min(2, 'split needs at least two names') }),
  z.strictObject({ name: Name, byType: z.literal(true) }),
]);

export const AliasFileSchema = z.strictObject({
  version: z.literal(1),
  entities: z.array(EntityEntry).default([]),
  merge: z.array(MergeEntry).default([]),
  split: z.array(SplitEntry).default([]),
});

export type AliasFile = z.infer<typeof AliasFileSchema>;

export type AliasFileResult =
  | { readonly ok: true; readonly file: AliasFile }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Returns the alias file parsed from YAML text and checked, or every problem found in it. */
export function parseAliasFile(yamlText: string): AliasFileResult {
  let raw: unknown;
  try {
    raw = parse(yamlText);
  } catch (err) {
    return {
      ok: false,
      errors: [`not YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`],
    };
  }
  const checked = AliasFileSchema.safeParse(raw ?? {});
  if (!checked.success) {
    return {
      ok: false,
      errors: checked.error.issues.map(
        (i) => `${i.path.length > 0 ? i.path.join('.') : '(file)'}: ${i.message}`,
      ),
    };
  }
  const errors = findConflicts(checked.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file: checked.data };
}

/** Returns, per name key, the canonical name it belongs to, from entities and merges. */
export function canonicalByKey(file: AliasFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of file.entities) for (const n of [e.name, ...e.aliases]) out.set(nameKey(n), e.name);
  for (const m of file.merge) for (const n of [m.into, ...m.names]) out.set(nameKey(n), m.into);
  return out;
}

// A name may belong to one entity only, and may not be both merged and split.
function findConflicts(file: AliasFile): string[] {
  const errors: string[] = [];
  const owner = new Map<string, string>();
  const claim = (name: string, canonical: string, where: string): void => {
    const key = nameKey(name);
    const prior = owner.get(key);
    if (prior !== undefined && nameKey(prior) !== nameKey(canonical)) {
      errors.push(`${where}: "${name}" already belongs to "${prior}", cannot also belong to "${canonical}"`);
    } else owner.set(key, canonical);
  };
  file.entities.forEach((e, i) => [e.name, ...e.aliases].forEach((n) => claim(n, e.name, `entities.${i}`)));
  file.merge.forEach((m, i) => [m.into, ...m.names].forEach((n) => claim(n, m.into, `merge.${i}`)));
  file.split.forEach((s, i) => {
    const names = 'names' in s ? s.names : [];
    for (const n of names)
      if (owner.has(nameKey(n))) errors.push(`split.${i}: "${n}" is also merged; a name cannot be both`);
  });
  return errors;
}

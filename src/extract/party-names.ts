// Parties named with a lower-case "party", as the Guardian and others write them ("the
// Chinese Communist party", "the centre-right National party"): the tagger stops before
// "party" and leaves an adjective that names nothing ("Chinese Communist", "National").
import type { EntityMention } from '../model/entity.ts';

// Words that end a party's name before "party" and name nothing alone.
const PARTY_WORDS = new Set(
  (
    'Communist Democratic Republican Labour Labor Conservative Liberal Green Greens Socialist Social National ' +
    "Nationalist People’s People's Progressive Reform Unionist Independence Workers’ Workers' Islamic"
  ).split(' '),
);

/** Returns mentions ending in a party word and followed by "party" extended over it, as ORG. */
export function extendPartyNames(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((m, i) => {
    const after = /^[ \t\u00a0]+party(?![\p{L}\p{N}])/u.exec(text.slice(m.end, m.end + 12));
    if (after === null || !isPartyName(m)) return m;
    const end = m.end + after[0].length;
    const next = mentions[i + 1];
    if (next !== undefined && next.start < end) return m;
    return { ...m, type: 'ORG', end, text: text.slice(m.start, end) };
  });
}

// Only a name that ends in such a word: one that is whole without "party" ("the NLD party",
// "the Freedom Front party") is left as it is, as CoNLL marks it.
function isPartyName(m: EntityMention): boolean {
  return (m.type === 'ORG' || m.type === 'MISC') && PARTY_WORDS.has(m.text.split(/\s+/u).pop() ?? '');
}

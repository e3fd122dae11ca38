// Blocking keys: the strings under which a name is filed in the candidate index, so that a
// watchlist name meets only the entities it could match. Every route of the matcher has a
// key: the folded word, its stems, its consonants, its cross-script skeleton, two words
// written together, and the initials of the whole name (for acronyms).
import type { PreparedName, PreparedToken } from './prepare-name.ts';
import { consonants, fold } from './phonetic-key.ts';

const isDistinctive = (t: PreparedToken): boolean => t.kind === 'word' || t.kind === 'person';
const isContent = (t: PreparedToken): boolean => t.kind !== 'stop' && t.kind !== 'initial';

/** Returns the blocking keys of a name (deduplicated). */
export function nameKeys(name: PreparedName): string[] {
  const content = name.tokens.filter(isContent);
  const distinctive = content.filter(isDistinctive);
  // A name made only of generic words ("Bank of China") is filed under those words.
  const filed = distinctive.length > 0 ? distinctive : content;
  const keys = new Set<string>();
  for (const token of filed) addTokenKeys(token, keys);
  for (let i = 0; i + 1 < content.length; i++) keys.add(`f:${fold(content[i]!.text + content[i + 1]!.text)}`);
  if (content.length >= 2 && content.length <= 8) keys.add(`f:${content.map((t) => t.text[0]).join('')}`);
  const all = name.tokens.filter((t) => t.kind !== 'initial');
  if (all.length > content.length && all.length <= 8) keys.add(`f:${all.map((t) => t.text[0]).join('')}`);
  return [...keys];
}

function addTokenKeys(token: PreparedToken, keys: Set<string>): void {
  keys.add(`f:${token.fold}`);
  const stem = token.fold.replace(/(as|is|us|s|a|e|i)$/, '');
  if (stem !== token.fold && stem.length >= 4) keys.add(`f:${stem}`);
  const consonantKey = consonants(stem.length >= 4 ? stem : token.fold);
  if (consonantKey.length >= 4) keys.add(`c:${consonantKey}`);
  if (token.skeleton.length >= 3) keys.add(`s:${token.skeleton.replace(/S$/, '')}`);
  // A typo leaves either the start or the end of a word intact.
  if (token.fold.length >= 5) {
    keys.add(`p:${token.fold.slice(0, 4)}`);
    keys.add(`q:${token.fold.slice(-4)}`);
  }
}

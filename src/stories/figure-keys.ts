// The key a counted noun phrase is grouped by: lower case, no possessives, no filler
// adjectives, singular words. "China's cotton exports" and "China cotton export" are one key;
// "Uyghurs detained" and "Uyghur detained" too.
import { normaliseWord } from './text-tokens.ts';

// Words that describe how a source sees the count, not what is counted.
const FILLERS = new Set(
  'major new other more additional estimated different separate so-called suspected alleged reported known total further'.split(
    ' ',
  ),
);
const INVARIANT = new Set('people police news series species staff'.split(' '));

/** Returns the grouping key of a counted noun phrase. */
export function countedKey(counted: string): string {
  const words = counted
    .split(/[\s]+/u)
    .map((w) => normaliseWord(w).replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter((w) => w !== '');
  while (words.length > 1 && FILLERS.has(words[0] ?? '')) words.shift();
  return words.map(singular).join(' ');
}

/** Returns word (lower case) in the singular, by the regular English rules. */
export function singular(word: string): string {
  if (INVARIANT.has(word) || word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

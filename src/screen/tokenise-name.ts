// A name as a list of lowercase ASCII tokens, each remembering the script it came from and
// how it was written (case, a trailing dot), because legal forms and initials are told apart
// from ordinary words by exactly that.
import type { Script } from './scripts.ts';
import { transliterateName } from './transliterate.ts';

export interface NameToken {
  /** Lowercase ASCII letters and digits. */
  readonly text: string;
  /** The same token with its case as written (after transliteration). */
  readonly raw: string;
  readonly script: Script;
  /** True when a dot followed the token ("Co." or the "V." of an initial). */
  readonly dotted: boolean;
}

const WORD = /([A-Za-z0-9]+)(\.?)/g;

/** Returns the tokens of a name: transliterated, lowercased, split at anything but letters and digits. */
export function tokeniseName(name: string): NameToken[] {
  const tokens: NameToken[] = [];
  for (const piece of transliterateName(name)) {
    const text = piece.text
      .replace(/['`\u2019\u02bc]/g, '')
      .replace(/([A-Za-z0-9])&([A-Za-z0-9])/g, '$1$2')
      .replace(/&/g, ' and ');
    for (const m of text.matchAll(WORD)) {
      const raw = m[1]!;
      tokens.push({ text: raw.toLowerCase(), raw, script: piece.script, dotted: m[2] === '.' });
    }
  }
  return tokens;
}

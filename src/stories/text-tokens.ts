// Word tokens with their offsets in the original text, shared by the clusterer, the theme
// tagger and the figure extractor so that offsets always point into the text as given.

export interface WordToken {
  /** The word as written. */
  readonly text: string;
  /** UTF-16 offsets into the source text: text.slice(start, end) === token.text. */
  readonly start: number;
  readonly end: number;
}

// Letters and digits, with inner apostrophes ("don't", "China's") and inner dots or commas
// between digits ("1.8", "10,000") kept inside the token.
const WORD = /[\p{L}\p{N}]+(?:(?:['’][\p{L}]+)|(?:[.,]\d+))*/gu;

/** Returns the word tokens of text, in order, with their offsets. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Returns word in lower case without diacritics or a trailing possessive. */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
}

/** Returns true when word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

// Document-level evidence about each word: a capitalised word that the same document also
// writes in lower case is probably not a name (Ratinov & Roth 2009, non-local features).
import { isCapitalised } from './word-shape.ts';

/** What the whole document says about the words in it. */
export interface DocContext {
  /** Lower-cased words the document writes in lower case somewhere. */
  readonly seenLower: ReadonlySet<string>;
  /** Lower-cased words the document capitalises somewhere other than a sentence start or headline. */
  readonly seenCapitalMid: ReadonlySet<string>;
  /** Per sentence: true when every word with letters is in capitals (a headline or dateline). */
  readonly isHeadline: readonly boolean[];
}

/** Returns the document context of sentences of words. */
export function buildDocContext(sentences: readonly (readonly string[])[]): DocContext {
  const seenLower = new Set<string>();
  const seenCapitalMid = new Set<string>();
  const isHeadline = sentences.map(isAllCaps);
  sentences.forEach((words, s) => {
    words.forEach((word, i) => {
      if (!/[a-zA-Z]/.test(word)) return;
      if (!isCapitalised(word)) seenLower.add(word.toLowerCase());
      else if (i > 0 && !isHeadline[s] && !isQuoteOrPunct(words[i - 1] ?? ''))
        seenCapitalMid.add(word.toLowerCase());
    });
  });
  return { seenLower, seenCapitalMid, isHeadline };
}

function isAllCaps(words: readonly string[]): boolean {
  let letters = 0;
  for (const word of words) {
    if (!/[a-zA-Z]/.test(word)) continue;
    if (/[a-z]/.test(word)) return false;
    letters += 1;
  }
  return letters > 0;
}

function isQuoteOrPunct(word: string): boolean {
  return /^[^A-Za-z0-9]+$/.test(word);
}

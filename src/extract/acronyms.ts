// Acronyms an item defines for itself: a name followed by its initials in brackets ("the
// National Crime Agency (NCA)", "HM Revenue and Customs (HMRC)").

/** A name and the acronym the text defines for it. */
export interface AcronymDefinition {
  readonly acronym: string;
  readonly name: string;
  /** Offsets of the acronym inside the brackets. */
  readonly start: number;
  readonly end: number;
}

const BRACKETED = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.-]{1,9}s?)\s*\)/u;
const MINOR = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'at', 'de', 'du', 'des', '&', 'a', 'an']);

/** Returns the acronym defined right after the name ending at offset end in text, if its letters fit the name. */
export function findAcronymAfter(text: string, name: string, end: number): AcronymDefinition | undefined {
  const m = BRACKETED.exec(text.slice(end, end + 16));
  if (m === null || m[1] === undefined) return undefined;
  const acronym = m[1];
  if (!fitsName(acronym, name)) return undefined;
  const start = end + m[0].indexOf(acronym);
  return { acronym, name, start, end: start + acronym.length };
}

/** Returns true when acronym's letters are the initials of name, in order (minor words may be skipped or used). */
export function fitsName(acronym: string, name: string): boolean {
  const letters = acronym
    .replace(/[^\p{L}]/gu, '')
    .replace(/s$/u, '')
    .toUpperCase();
  const words = name.split(/[\s-]+/u).filter((w) => w.length > 0);
  if (letters.length < 2 || words.length < 2) return false;
  return matchInitials(letters, 0, words, 0);
}

// Each word gives its initial (or, when written in capitals, up to all its letters);
// minor words may also give nothing.
function matchInitials(letters: string, i: number, words: readonly string[], w: number): boolean {
  if (i === letters.length) return words.slice(w).every((x) => MINOR.has(x.toLowerCase()));
  const word = words[w];
  if (word === undefined) return false;
  if (MINOR.has(word.toLowerCase()) && matchInitials(letters, i, words, w + 1)) return true;
  const upper = word.toUpperCase();
  const span = word === upper ? word.length : 1;
  for (let k = 1; k <= span; k++) {
    if (letters.slice(i, i + k) !== upper.slice(0, k)) break;
    if (matchInitials(letters, i + k, words, w + 1)) return true;
  }
  return false;
}

// The last touch on every string a feed yields.

// C1 control characters that windows-1252 assigns to printable characters (what a document
// labelled ISO-8859-1 almost always meant), as browsers read them.
const CP1252_C1: Readonly<Record<string, string>> = {
  '\x80': '\u20ac', '\x82': '\u201a', '\x83': '\u0192', '\x84': '\u201e', '\x85': '\u2026', '\x86': '\u2020',
  '\x87': '\u2021', '\x88': '\u02c6', '\x89': '\u2030', '\x8a': '\u0160', '\x8b': '\u2039', '\x8c': '\u0152',
  '\x8e': '\u017d', '\x91': '\u2018', '\x92': '\u2019', '\x93': '\u201c', '\x94': '\u201d', '\x95': '\u2022',
  '\x96': '\u2013', '\x97': '\u2014', '\x98': '\u02dc', '\x99': '\u2122', '\x9a': '\u0161', '\x9b': '\u203a',
  '\x9c': '\u0153', '\x9e': '\u017e', '\x9f': '\u0178',
};
const C1 = /[\x80-\x9f]/g;
const HAS_C1 = /[\x80-\x9f]/;

/** Returns s with windows-1252's C1 characters mapped to what they stand for. */
export function cleanText(s: string): string {
  return HAS_C1.test(s) ? s.replace(C1, (c) => CP1252_C1[c] ?? c) : s;
}

/** Returns the trimmed, cleaned character data of a simple element. */
export function simpleText(raw: string): string {
  return cleanText(raw.trim());
}

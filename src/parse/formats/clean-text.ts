// The last touch on every string a feed yields.
import { isUtf8 } from 'node:buffer';

// C1 control characters that windows-1252 assigns to printable characters (what a document
// labelled ISO-8859-1 almost always meant), as browsers read them.
const CP1252_C1: Readonly<Record<string, string>> = {
  '\x80': '\u20ac',
  '\x82': '\u201a',
  '\x83': '\u0192',
  '\x84': '\u201e',
  '\x85': '\u2026',
  '\x86': '\u2020',
  '\x87': '\u2021',
  '\x88': '\u02c6',
  '\x89': '\u2030',
  '\x8a': '\u0160',
  '\x8b': '\u2039',
  '\x8c': '\u0152',
  '\x8e': '\u017d',
  '\x91': '\u2018',
  '\x92': '\u2019',
  '\x93': '\u201c',
  '\x94': '\u201d',
  '\x95': '\u2022',
  '\x96': '\u2013',
  '\x97': '\u2014',
  '\x98': '\u02dc',
  '\x99': '\u2122',
  '\x9a': '\u0161',
  '\x9b': '\u203a',
  '\x9c': '\u0153',
  '\x9e': '\u017e',
  '\x9f': '\u0178',
};
const C1 = /[\x80-\x9f]/g;
const HAS_C1 = /[\x80-\x9f]/;

// A UTF-8 lead byte read as Latin-1 (Â-ô) followed by a continuation byte (\x80-\xbf).
const MOJIBAKE_PAIR = /[\xc2-\xf4][\x80-\xbf]/;
const BEYOND_LATIN1 = /[^\x00-\xff]/;

/**
 * Returns s repaired if it is UTF-8 that was read as ISO-8859-1 ("Ã©" for "é", "â€¦" for
 * "…"): when every character fits in one byte and those bytes are valid UTF-8, they were.
 */
function repairDoubleEncoding(s: string): string {
  if (!MOJIBAKE_PAIR.test(s) || BEYOND_LATIN1.test(s)) return s;
  const bytes = Buffer.from(s, 'latin1');
  return isUtf8(bytes) ? bytes.toString('utf8') : s;
}

// Anything cleanText might change: a C1 control, or a pair that may be double-encoded UTF-8.
const NEEDS_CLEANING = /[\x00-\x08\x0b\x0c\x0e-\x1f\x80-\x9f]|[\xc2-\xf4][\x80-\xbf]/;
// Control characters XML forbids, which a forgiving read lets through: invisible garbage.
const C0 = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

/** Returns s with double-encoded UTF-8 repaired and windows-1252's C1 characters mapped. */
export function cleanText(s: string): string {
  if (!NEEDS_CLEANING.test(s)) return s;
  const repaired = repairDoubleEncoding(s.replace(C0, ''));
  return HAS_C1.test(repaired) ? repaired.replace(C1, (c) => CP1252_C1[c] ?? c) : repaired;
}

/** Returns the trimmed, cleaned character data of a simple element. */
export function simpleText(raw: string): string {
  return cleanText(raw.trim());
}

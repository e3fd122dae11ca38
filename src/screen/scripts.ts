// Which writing system a character belongs to. The matcher needs to know where a token
// came from, because transliteration loses more in some scripts than in others: abjads
// (Arabic, Hebrew) do not write short vowels, and Chinese, Japanese and Korean render
// foreign names by syllables, so their Latin forms need a looser, consonant-based comparison.

export type Script =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'armenian'
  | 'georgian'
  | 'arabic'
  | 'hebrew'
  | 'han'
  | 'kana'
  | 'hangul'
  | 'indic'
  | 'southeast-asian'
  | 'other';

// [first code point, last code point, script], sorted; ranges not listed are 'other'.
const RANGES: ReadonlyArray<readonly [number, number, Script]> = [
  [0x0041, 0x005a, 'latin'],
  [0x0061, 0x007a, 'latin'],
  [0x00c0, 0x024f, 'latin'],
  [0x0370, 0x03ff, 'greek'],
  [0x0400, 0x052f, 'cyrillic'],
  [0x0530, 0x058f, 'armenian'],
  [0x0590, 0x05ff, 'hebrew'],
  [0x0600, 0x06ff, 'arabic'],
  [0x0750, 0x077f, 'arabic'],
  [0x0900, 0x0dff, 'indic'],
  [0x0e00, 0x0eff, 'southeast-asian'],
  [0x1000, 0x109f, 'southeast-asian'],
  [0x10a0, 0x10ff, 'georgian'],
  [0x1100, 0x11ff, 'hangul'],
  [0x1780, 0x17ff, 'southeast-asian'],
  [0x1e00, 0x1eff, 'latin'],
  [0x1f00, 0x1fff, 'greek'],
  [0x3040, 0x30ff, 'kana'],
  [0x3130, 0x318f, 'hangul'],
  [0x3400, 0x4dbf, 'han'],
  [0x4e00, 0x9fff, 'han'],
  [0xac00, 0xd7af, 'hangul'],
  [0xf900, 0xfaff, 'han'],
  [0xfb1d, 0xfb4f, 'hebrew'],
  [0xfb50, 0xfdff, 'arabic'],
  [0xfe70, 0xfeff, 'arabic'],
  [0x20000, 0x2fa1f, 'han'],
];

// Scripts whose Latin transliteration does not carry reliable vowels: abjads write no short
// vowels, Chinese, Japanese and Korean add vowels to every consonant, and any-ascii's Thai,
// Khmer and Burmese drop some. Indic scripts write their vowels and are not among them.
const WEAK_VOWEL_SCRIPTS: ReadonlySet<Script> = new Set<Script>([
  'arabic',
  'hebrew',
  'han',
  'kana',
  'hangul',
  'southeast-asian',
]);

/** Returns the script of one code point, or null for digits, punctuation, marks and spaces. */
export function scriptOf(codePoint: number): Script | null {
  if (codePoint < 0x41) return null;
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last, script] = RANGES[mid]!;
    if (codePoint < first) hi = mid - 1;
    else if (codePoint > last) lo = mid + 1;
    else return script;
  }
  return isLetter(codePoint) ? 'other' : null;
}

/** Returns true when a script's Latin form loses vowels or syllable structure. */
export function hasWeakVowels(script: Script): boolean {
  return WEAK_VOWEL_SCRIPTS.has(script);
}

function isLetter(codePoint: number): boolean {
  return /\p{L}/u.test(String.fromCodePoint(codePoint));
}

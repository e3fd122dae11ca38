// Keys under which spellings of one name meet. fold() undoes the differences between Latin
// transliteration conventions (w/v, ch/č/tch/tsch, ou/u, gy/d, Bengali bh for v, doubled
// letters, a silent final e), so "Wladimir Wladimirowitsch", "Vladimír Vladimirovič" and "Vlagyimir
// Vlagyimirovics" meet. skeleton() is coarser: consonant classes only, for tokens from
// scripts whose Latin form has no reliable vowels (فلاديمير is "fldymyr", 普京 "pujing").
import type { Script } from './scripts.ts';

// One pass, longest spellings first; each maps to its folded form.
const FOLDS: Readonly<Record<string, string>> = {
  tsch: 'c',
  tsj: 'c',
  tch: 'c',
  tsh: 'c',
  sch: 's',
  sh: 's',
  sz: 's',
  ch: 'c',
  cz: 'c',
  cs: 'c',
  tj: 'c',
  tx: 'c',
  ts: 'c',
  zh: 'z',
  zs: 'z',
  kh: 'h',
  gh: 'g',
  ph: 'f',
  bh: 'v',
  th: 't',
  gy: 'd',
  ty: 't',
  dz: 'd',
  ck: 'k',
  ou: 'u',
  oe: 'u',
  q: 'k',
  x: 'ks',
  w: 'v',
  y: 'i',
};
const FOLD_PATTERN = new RegExp(Object.keys(FOLDS).join('|'), 'g');

/** Returns the token with Latin spelling conventions folded together ("wladimirowitsch" is "vladimirovic"). */
export function fold(token: string): string {
  let out = token.replace(FOLD_PATTERN, (m) => FOLDS[m]!).replace(/(.)\1+/g, '$1');
  if (out.length > 4 && /[^aeiou]e$/.test(out)) out = out.slice(0, -1);
  return out;
}

/** Returns the folded token without vowels ("volodimir" and "vladimir" are both "vldmr"). */
export function consonants(folded: string): string {
  return folded.replace(/[aeiou]/g, '');
}

// Chinese and Japanese write foreign "ti" and "chi" with ch (チ chi), and "di", "gi", "ki"
// and "zi" alike with j or q (基 ji is the di of Vladimir and the ky of -sky): j becomes the
// class J, which skeletonsMatch() takes for T, K or S. Japanese writes a foreign initial v
// or w before a consonant as u (ウラジオストク, Vladivostok).
const EAST_ASIAN: ReadonlyArray<readonly [RegExp, string]> = [
  [/^u(?=[^aeiou])/, 'v'],
  [/ch/g, 't'],
  [/[jq]/g, 'J'],
  [/x/g, 's'],
];
// One pass, longest spellings first: each becomes its consonant class, vowels and h a gap.
const CLASS_OF: Readonly<Record<string, string>> = {
  dzh: 'S',
  dj: 'S',
  gy: 'T',
  ty: 'T',
  dz: 'T',
  tsch: 'S',
  tsh: 'S',
  tch: 'S',
  ch: 'S',
  ts: 'S',
  tz: 'S',
  tj: 'S',
  tx: 'S',
  cz: 'S',
  cs: 'S',
  sch: 'S',
  sh: 'S',
  zh: 'S',
  ph: 'P',
  bh: 'P',
  th: 'T',
  dh: 'T',
  ng: 'N',
  kh: 'K',
  gh: 'K',
  b: 'P',
  p: 'P',
  f: 'P',
  v: 'P',
  w: 'P',
  d: 'T',
  t: 'T',
  k: 'K',
  g: 'K',
  q: 'K',
  x: 'K',
  c: 'K',
  s: 'S',
  z: 'S',
  j: 'S',
  l: 'L',
  r: 'L',
  m: 'M',
  n: 'N',
};
const CLASS_PATTERN = new RegExp(
  `${Object.keys(CLASS_OF)
    .filter((k) => k.length > 1)
    .join('|')}|[aeiouyh]+|[a-z]`,
  'g',
);
const toClass = (spelling: string): string => CLASS_OF[spelling] ?? '.';

const WILDCARD_CLASSES = 'TKS';

/** Returns true when two skeletons are the same, J standing for T, K or S. */
export function skeletonsMatch(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x !== y &&
      !(x === 'J' && WILDCARD_CLASSES.includes(y)) &&
      !(y === 'J' && WILDCARD_CLASSES.includes(x))
    ) {
      return false;
    }
  }
  return true;
}

/** Returns the token as consonant classes (P T K S L M N), the vowels gone; "fldymyr" and "vladimir" are both "PLTML". */
export function skeleton(token: string, script: Script): string {
  let out = token.replace(/[^a-z]/g, '');
  if (script === 'han' || script === 'kana') for (const [p, r] of EAST_ASIAN) out = out.replace(p, r);
  // In Arabic and Hebrew letters w and y mostly write the vowels u/o and i.
  if (script === 'arabic' || script === 'hebrew') out = out.replace(/^w/, 'v').replace(/[wy]/g, 'a');
  // A c before e, i or y, or at the end, is soft (č, ć and ç all become c): an s sound.
  out = out.replace(/c(?=[eiy]|$)/g, 's').replace(CLASS_PATTERN, toClass);
  return out.replace(/([A-IK-Z])\1+/g, '$1').replace(/\./g, '');
}

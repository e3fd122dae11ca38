// Keys under which spellings of one name meet. fold() undoes the differences between Latin
// transliteration conventions (w/v, ch/č/tch/tsch, ou/u, gy/d, doubled letters, a silent
// final e), so "Wladimir Wladimirowitsch", "Vladimír Vladimirovič" and "Vlagyimir
// Vlagyimirovics" meet. skeleton() is coarser: consonant classes only, for tokens from
// scripts whose Latin form has no reliable vowels (فلاديمير is "fldymyr", 普京 "pujing").
import type { Script } from './scripts.ts';

const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/tsch|tsj|tch|tsh/g, 'c'],
  [/sch|sh|sz/g, 's'],
  [/ch|cz|cs|tj|tx|ts/g, 'c'],
  [/zh|zs/g, 'z'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/gy/g, 'd'],
  [/ty/g, 't'],
  [/dz/g, 'd'],
  [/ck|q/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/ou|oe/g, 'u'],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/** Returns the token with Latin spelling conventions folded together ("wladimirowitsch" is "vladimirovic"). */
export function fold(token: string): string {
  let out = token;
  for (const [pattern, replacement] of FOLDS) out = out.replace(pattern, replacement);
  if (out.length > 4 && /[^aeiou]e$/.test(out)) out = out.slice(0, -1);
  return out;
}

/** Returns the folded token without vowels ("volodimir" and "vladimir" are both "vldmr"). */
export function consonants(folded: string): string {
  return folded.replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');
}

// Chinese and Japanese write foreign "di", "ti" and "chi" with j and ch (基 ji, 京 jing, チ chi);
// Japanese writes a foreign initial v or w before a consonant as u (ウラジオストク, Vladivostok).
const EAST_ASIAN: ReadonlyArray<readonly [RegExp, string]> = [
  [/^u(?=[^aeiou])/, 'v'],
  [/ch/g, 't'],
  [/j/g, 'd'],
  [/x/g, 's'],
];
const CLASSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/gy|ty|dz/g, 'T'],
  [/tsch|tsh|tch|ch|ts|tz|tj|tx|cz|cs|sch|sh|zh|c(?=[eiy]|$)/g, 'S'],
  [/ph|bh|[bpfvw]/g, 'P'],
  [/th|dh|[dt]/g, 'T'],
  [/ng/g, 'N'],
  [/kh|gh|[kgqcx]/g, 'K'],
  [/[szj]/g, 'S'],
  [/[lr]/g, 'L'],
  [/m/g, 'M'],
  [/n/g, 'N'],
  [/[aeiouyh]+/g, '.'],
];

/** Returns the token as consonant classes (P T K S L M N), the vowels gone; "fldymyr" and "vladimir" are both "PLTML". */
export function skeleton(token: string, script: Script): string {
  let out = token.replace(/[^a-z]/g, '');
  if (script === 'han' || script === 'kana') for (const [p, r] of EAST_ASIAN) out = out.replace(p, r);
  // In Arabic and Hebrew letters w and y mostly write the vowels u/o and i.
  if (script === 'arabic' || script === 'hebrew') out = out.replace(/^w/, 'v').replace(/[wy]/g, 'a');
  for (const [pattern, cls] of CLASSES) out = out.replace(pattern, cls);
  return out.replace(/([A-Z])\1+/g, '$1').replace(/\./g, '');
}

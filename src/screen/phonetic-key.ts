// Keys under which spellings of one name meet. fold() undoes the differences between Latin
// transliteration conventions (w/v, ch/č/tch/tsch, ou/u, gy/d, s/z/zh/sch, a German or Slavic
// initial j for y (Jewgeni, Yevgeny; not before i, where pinyin j is not y), Bengali bh for v, doubled letters, a silent final e), so "Wladimir Wladimirowitsch",
// "Vladimír Vladimirovič" and "Vlagyimir Vlagyimirovics" meet. skeleton() is coarser:
// consonant classes only, for tokens from scripts whose Latin form has no reliable vowels
// (فلاديمير is "fldymyr", 普京 "pujing").
import type { Script } from './scripts.ts';

// "from:to" pairs, longest spellings first, applied in one pass.
const pairs = (list: string): [string, string][] =>
  list.split(' ').map((p) => p.split(':') as [string, string]);

const FOLDS: ReadonlyMap<string, string> = new Map(
  pairs(
    'dzh:j dj:j tsch:c tsj:c tch:c tsh:c sch:s sh:s sz:s zh:s zs:s ch:c cz:c cs:c tj:c tx:c ts:c ' +
      'kh:h gh:g ph:f bh:v th:t gy:d ty:t dz:d ck:k ou:u oe:u q:k x:ks w:v y:i z:s',
  ),
);
const FOLD_PATTERN = new RegExp([...FOLDS.keys()].join('|'), 'g');

/** Returns the token with Latin spelling conventions folded together ("wladimirowitsch" is "vladimirovic"). */
export function fold(token: string): string {
  let out = token
    .replace(/^j(?=[aeou])/, 'i')
    .replace(FOLD_PATTERN, (m) => FOLDS.get(m)!)
    .replace(/(.)\1+/g, '$1');
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

const CLASS_OF: ReadonlyMap<string, string> = new Map(
  pairs(
    'dzh:S dj:S gy:T ty:T dz:T tsch:S tsh:S tch:S ch:S ts:S tz:S tj:S tx:S cz:S cs:S sch:S sh:S ' +
      'zh:S ph:P bh:P th:T dh:T ng:N kh:K gh:K b:P p:P f:P v:P w:P d:T t:T k:K g:K q:K x:K c:K ' +
      's:S z:S j:S l:L r:L m:M n:N',
  ),
);
const CLASS_PATTERN = new RegExp(
  `${[...CLASS_OF.keys()].filter((k) => k.length > 1).join('|')}|[aeiouyh]+|[a-z]`,
  'g',
);
const toClass = (spelling: string): string => CLASS_OF.get(spelling) ?? '.';
const WILDCARD_CLASSES = 'TKS';

/** Returns true when two skeletons are the same, J standing for T, K or S. */
export function skeletonsMatch(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (!(x === 'J' && WILDCARD_CLASSES.includes(y)) && !(y === 'J' && WILDCARD_CLASSES.includes(x)))
      return false;
  }
  return true;
}

/** Returns the token as consonant classes (P T K S L M N), the vowels gone; "fldymyr" and "vladimir" are both "PLTML". */
export function skeleton(token: string, script: Script): string {
  let out = token.replace(/[^a-z]/g, '');
  if (script === 'han' || script === 'kana') for (const [p, r] of EAST_ASIAN) out = out.replace(p, r);
  if (script === 'arabic') out = arabicLetters(out);
  if (script === 'hebrew') out = hebrewLetters(out);
  // A c before e, i or y, or at the end, is soft (č, ć and ç all become c): an s sound.
  out = out.replace(/c(?=[eiy]|$)/g, 's').replace(CLASS_PATTERN, toClass);
  return out.replace(/([A-IK-Z])\1+/g, '$1').replace(/\./g, '');
}

// In Arabic w and y mostly write the vowels u/o and i; ض ذ ظ (written "dz" by
// transliterate.ts) are d in Arabic and z in Persian and Turkic names (Ramadan, Ramzan).
function arabicLetters(text: string): string {
  return text.replace(/^w/, 'v').replace(/[wy]/g, 'a').replace(/dz/g, 'J');
}

// In Hebrew ו is a vowel (o/u) inside a word, a v at its start or doubled; y is mostly i.
function hebrewLetters(text: string): string {
  return text
    .replace(/vv/g, 'V')
    .replace(/(?!^)v/g, 'a')
    .replace(/V/g, 'v')
    .replace(/y/g, 'a');
}

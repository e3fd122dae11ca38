// The language of an item when its feed does not say. Script first (Han, Hangul, Kana,
// Arabic, Cyrillic ...), then franc's trigram model among the languages of that script.
import { franc } from 'franc';

const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  fin: 'fi',
  pol: 'pl',
  ces: 'cs',
  hun: 'hu',
  ron: 'ro',
  tur: 'tr',
  ind: 'id',
  vie: 'vi',
  rus: 'ru',
  ukr: 'uk',
  bul: 'bg',
  srp: 'sr',
  kaz: 'kk',
  kir: 'ky',
  uzb: 'uz',
  ara: 'ar',
  fas: 'fa',
  pes: 'fa',
  urd: 'ur',
  uig: 'ug',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  ell: 'el',
  heb: 'he',
  hin: 'hi',
  tha: 'th',
  tgl: 'tl',
  swh: 'sw',
  mly: 'ms',
  zlm: 'ms',
};

const BY_SCRIPT: ReadonlyArray<readonly [RegExp, readonly string[] | string]> = [
  [/[\u3040-\u30ff]/g, 'jpn'],
  [/[\uac00-\ud7af]/g, 'kor'],
  [/[\u4e00-\u9fff]/g, 'cmn'],
  [/[\u0600-\u06ff]/g, ['ara', 'pes', 'urd', 'uig']],
  [/[\u0400-\u04ff]/g, ['rus', 'ukr', 'bul', 'srp', 'kaz', 'kir']],
  [/[\u0370-\u03ff]/g, 'ell'],
  [/[\u0590-\u05ff]/g, 'heb'],
  [/[\u0900-\u097f]/g, 'hin'],
  [/[\u0e00-\u0e7f]/g, 'tha'],
];
const LATIN = [
  'eng',
  'fra',
  'deu',
  'spa',
  'por',
  'ita',
  'nld',
  'swe',
  'dan',
  'nob',
  'fin',
  'pol',
  'ces',
  'hun',
  'ron',
  'tur',
  'ind',
  'vie',
  'uzb',
];
const SAMPLE_LENGTH = 1500;
const MIN_LETTERS = 40;

/** Returns the BCP 47 language of text (ISO 639-1 where one exists), or null when unsure. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const letters = sample.replace(/[\s\d\p{P}\p{S}]/gu, '').length;
  if (letters < MIN_LETTERS) return null;
  for (const [script, languages] of BY_SCRIPT) {
    const count = sample.match(script)?.length ?? 0;
    if (count < letters * 0.3) continue;
    if (typeof languages === 'string') return ISO_639_1[languages] ?? languages;
    return toTag(franc(sample, { only: [...languages], minLength: 10 }));
  }
  return toTag(franc(sample, { only: LATIN, minLength: 10 }));
}

function toTag(code: string): string | null {
  return code === 'und' ? null : (ISO_639_1[code] ?? code);
}

// Any script to Latin letters for matching, by runs of one script each, so that every
// token keeps the script it came from. any-ascii does the transliteration; around it we
// fix what matters for names: Greek digraphs that render foreign sounds, and Chinese,
// which any-ascii writes as one camel-cased word per run of characters.
import anyAscii from 'any-ascii';
import { scriptOf, type Script } from './scripts.ts';

/** A stretch of Latin text and the script it was transliterated from. */
export interface ScriptPiece {
  readonly text: string;
  readonly script: Script;
}

// Modern Greek writes foreign d, b, g and u as digraphs (Βλαντίμιρ is Vladimir).
const GREEK_DIGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ου/gi, 'u'],
  [/ντ/gi, 'd'],
  [/μπ/gi, 'b'],
  [/γκ/gi, 'g'],
];

// Chinese words that are generic in organisation names, kept whole and translated, so that
// 华为技术 meets "Huawei Technologies" and common-words can weigh them down (per character
// they would be ambiguous syllables). Words of legal forms stay in pinyin: the legal-form
// table is derived through this same function.
const HAN_WORDS: Readonly<Record<string, string>> = {
  有限公司: 'youxiangongsi',
  股份: 'gufen',
  有限: 'youxian',
  责任: 'zeren',
  公司: 'company',
  集团: 'group',
  控股: 'holding',
  科技: 'technology',
  技术: 'technology',
  数字: 'digital',
  中国: 'china',
  国际: 'international',
  银行: 'bank',
  大学: 'university',
  贸易: 'trading',
  实业: 'industrial',
  投资: 'investment',
  发展: 'development',
  工业: 'industry',
  电子: 'electronics',
  网络: 'network',
  信息: 'information',
  能源: 'energy',
  国家: 'national',
  设备: 'equipment',
  智能: 'intelligent',
  纺织: 'textile',
  服装: 'garment',
  新疆: 'xinjiang',
  北京: 'beijing',
  上海: 'shanghai',
  深圳: 'shenzhen',
  杭州: 'hangzhou',
  广州: 'guangzhou',
  研究所: 'institute',
  研究院: 'institute',
  学院: 'college',
  医院: 'hospital',
  委员会: 'committee',
  政府: 'government',
  人民: 'people',
  建设: 'construction',
};
const MAX_HAN_WORD = Math.max(...Object.keys(HAN_WORDS).map((w) => w.length));
const MIDDLE_DOTS = /[·・•‧]/;

/** Returns the name as Latin pieces, each with the script it was written in. */
export function transliterateName(name: string): ScriptPiece[] {
  return splitRuns(name.normalize('NFC')).map(({ text, script }) => ({
    text: transliterateRun(text, script),
    script,
  }));
}

// Splits text into runs of one script; characters without a script stay in the current run.
function splitRuns(text: string): { text: string; script: Script }[] {
  const runs: { text: string; script: Script }[] = [];
  let current = '';
  let script: Script = 'latin';
  for (const ch of text) {
    const s = scriptOf(ch.codePointAt(0)!);
    if (s !== null && s !== script && current !== '') {
      runs.push({ text: current, script });
      current = '';
    }
    if (s !== null) script = s;
    current += ch;
  }
  if (current !== '') runs.push({ text: current, script });
  return runs;
}

function transliterateRun(text: string, script: Script): string {
  if (script === 'han') return transliterateHan(text);
  if (script === 'greek') return anyAscii(fixGreek(text));
  if (script === 'cyrillic') return anyAscii(fixCyrillic(text));
  if (script === 'arabic') return anyAscii(fixArabic(text));
  // Armenian writes u as the digraph ու, which any-ascii renders "ow".
  if (script === 'armenian') return anyAscii(text.replace(/ու/g, 'u').replace(/ՈՒ|Ու/g, 'U'));
  return anyAscii(text.replace(MIDDLE_DOTS, ' '));
}

// Belarusian writes і but never и (Russian has и, Ukrainian both). Where Russian has a soft
// т or д, Belarusian has ц and дз, and a word-initial в before a consonant becomes у
// (Путин is Пуцін, Владимир is Уладзімір): undo that, so Belarusian spellings of names
// meet their Russian ones.
function isBelarusian(text: string): boolean {
  return /[іІўЎ]/.test(text) && !/[иИїЇєЄґҐ]/.test(text);
}

function fixBelarusian(text: string): string {
  return text
    .replace(
      /(^|[\s.,-])([Уу])(?=[бвгджзклмнпрстфхцчшБВГДЖЗКЛМНПРСТФХЦЧШ])/g,
      (_m, before: string, u: string) => before + (u === 'У' ? 'В' : 'в'),
    )
    .replace(/дз(?=[ іеёюяь])/gi, (m) => (m[0] === 'д' ? 'д' : 'Д'))
    .replace(/ц(?=[ ііеёюяь])/g, 'т')
    .replace(/Ц(?=[ ііеёюяь])/g, 'Т');
}

// The article ال is written onto the word (الأسد, al-Asad) where Latin spellings set it
// apart ("al-Assad", a stop word); ض ذ ظ are d in Arabic but z in Persian and Turkic names:
// "dz" lets phonetic-key.ts take them for either.
function fixArabic(text: string): string {
  return text.replace(/(^|[\s\u00a0-])ال(?=\p{L}{2,})/gu, '$1').replace(/[ضذظ]/g, 'dz');
}

// ё is "yo" in every romanisation of Russian names (Solovyov, Solowjow); any-ascii writes e.
function fixCyrillic(text: string): string {
  const yo = text.replace(/ё/g, 'йо').replace(/Ё/g, 'Йо');
  return isBelarusian(yo) ? fixBelarusian(yo) : yo;
}

function fixGreek(text: string): string {
  let out = text.normalize('NFD').replace(/\p{M}/gu, '');
  for (const [pattern, latin] of GREEK_DIGRAPHS) {
    out = out.replace(pattern, (found) =>
      found[0] === found[0]!.toLowerCase() ? latin : latin.toUpperCase(),
    );
  }
  return out;
}

// A dotted Chinese name (弗拉基米尔·普京) is a foreign name written by sound: each part is
// one word. Otherwise each character is a syllable of its own, except known generic words.
function transliterateHan(text: string): string {
  if (MIDDLE_DOTS.test(text))
    return text
      .split(MIDDLE_DOTS)
      .map((part) => anyAscii(part))
      .join(' ');
  const words: string[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length;) {
    const word = longestHanWord(chars, i);
    words.push(HAN_WORDS[word] ?? anyAscii(word));
    i += [...word].length;
  }
  return ` ${words.join(' ')} `;
}

function longestHanWord(chars: readonly string[], start: number): string {
  for (let len = Math.min(MAX_HAN_WORD, chars.length - start); len > 1; len--) {
    const word = chars.slice(start, start + len).join('');
    if (HAN_WORDS[word] !== undefined) return word;
  }
  return chars[start]!;
}

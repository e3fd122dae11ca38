// A name made ready for comparison once, so that a watchlist can be compared with many
// entities without normalising either again: tokens with their kind, weight and keys.
import { COMMON_PERSON_NAMES, GENERIC_WORDS, STOP_WORDS, TITLE_WORDS } from './common-words.ts';
import type { LegalFormHit } from './legal-form-types.ts';
import { setAsideLegalForms } from './legal-forms.ts';
import { consonants, fold, skeleton } from './phonetic-key.ts';
import { hasWeakVowels, type Script } from './scripts.ts';
import { tokeniseName } from './tokenise-name.ts';
import { buildRuns, type TokenRun } from './name-runs.ts';

/** What a token is: an ordinary word, a frequent person name, a generic word, a title, an initial or a stop word. */
export type TokenKind = 'word' | 'person' | 'generic' | 'title' | 'initial' | 'stop';

export interface PreparedToken {
  readonly text: string;
  readonly raw: string;
  readonly script: Script;
  readonly kind: TokenKind;
  /** How much the token says about identity, 0..1 (see KIND_WEIGHT). */
  readonly weight: number;
  /** What it costs when the other name has nothing for it (see KIND_PENALTY). */
  readonly penalty: number;
  readonly fold: string;
  /** The folded word and the word without a case ending ("putinas", "putin"). */
  readonly stems: readonly string[];
  /** Consonants of the stems, where four or more ("vldmr"). */
  readonly stemConsonants: readonly string[];
  readonly consonants: string;
  readonly skeleton: string;
  /** True when the token came from a script whose Latin form has no reliable vowels. */
  readonly weakVowels: boolean;
}

export interface PreparedName {
  readonly name: string;
  /** Tokens without legal forms; stop words are kept (weight 0) because acronyms use them. */
  readonly tokens: readonly PreparedToken[];
  readonly legalForms: readonly LegalFormHit[];
  /** Runs of adjacent tokens, for words written apart and acronyms. */
  readonly runs: readonly TokenRun[];
}

/** Scales a word's weight by how rare it is among the names compared (1 = rare); see name-index.ts. */
export type Rarity = (folded: string) => number;

// An ordinary word counts 1. A frequent person name half: it is shared by many people.
// Generic words a fifth: "National" in "National Grid" and "National Crime Agency" says
// little. Titles almost nothing. An initial a little: "V." fits many names.
const KIND_WEIGHT: Readonly<Record<TokenKind, number>> = {
  word: 1,
  person: 0.5,
  generic: 0.2,
  title: 0.1,
  initial: 0.3,
  stop: 0,
};

// An unmatched generic word still tells two names apart ("Sheffield United" is not
// "Sheffield Hallam University"), so it costs more than it earns; an unmatched title costs nothing.
const KIND_PENALTY: Readonly<Record<TokenKind, number>> = {
  word: 1,
  person: 0.5,
  generic: 0.5,
  title: 0,
  initial: 0.3,
  stop: 0,
};

const foldAll = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(fold));
const STOPS: ReadonlySet<string> = new Set(STOP_WORDS);
const TITLES = foldAll(TITLE_WORDS);
const GENERIC = foldAll(GENERIC_WORDS);
const PERSON = foldAll(COMMON_PERSON_NAMES);

/** Returns the name tokenised, with legal forms set aside and every token weighed and keyed. */
export function prepareName(name: string, rarity?: Rarity): PreparedName {
  const { tokens, forms } = setAsideLegalForms(tokeniseName(name));
  const prepared = tokens.map((t) => prepareToken(t.text, t.raw, t.script, rarity));
  const runs = buildRuns(prepared, (text, first) => prepareToken(text, text, first.script));
  return { name, tokens: prepared, legalForms: forms, runs };
}

/** Returns one token with its kind, weight and comparison keys. */
export function prepareToken(text: string, raw: string, script: Script, rarity?: Rarity): PreparedToken {
  const folded = fold(text);
  const kind = kindOf(text, folded, script);
  // Uyghur and pinyin x is an h sound (Toxti, Tohti), elsewhere ks (Alexander): both readings.
  const stems = text.includes('x')
    ? [...stemsOf(folded), ...stemsOf(fold(text.replace(/x/g, 'h')))]
    : stemsOf(folded);
  const scale = rarity && (kind === 'word' || kind === 'person') ? rarity(folded) : 1;
  return {
    text,
    raw,
    script,
    kind,
    weight: KIND_WEIGHT[kind] * scale,
    penalty: KIND_PENALTY[kind],
    fold: folded,
    stems,
    stemConsonants: stems.map(consonants).filter((c) => c.length >= 4),
    consonants: consonants(folded),
    skeleton: skeleton(text, script),
    weakVowels: hasWeakVowels(script),
  };
}

// Case endings of names in Baltic and other languages ("Putinas", "Vladimirs", "Putini").
const ENDINGS: readonly string[] = ['as', 'is', 'us', 's', 'a', 'e', 'i'];

/** Returns the folded word and, where it has a case ending, the word without it. */
export function stemsOf(folded: string): string[] {
  const out = [folded];
  for (const ending of ENDINGS) {
    if (folded.length - ending.length >= 4 && folded.endsWith(ending))
      out.push(folded.slice(0, -ending.length));
  }
  return out;
}

// A Chinese syllable ("da", "wei") is not the Romance "da" nor the given name Wei: only
// generic words (translated from Chinese by transliterate.ts) apply to Han tokens.
function kindOf(text: string, folded: string, script: Script): TokenKind {
  const syllable = script === 'han';
  if (!syllable && STOPS.has(text)) return 'stop';
  if (text.length === 1 && /[a-z]/.test(text)) return 'initial';
  if (isListed(GENERIC, text, folded)) return 'generic';
  if (syllable) return 'word';
  if (isListed(TITLES, text, folded)) return 'title';
  if (isListed(PERSON, text, folded)) return 'person';
  return 'word';
}

// Folding helps a list catch "Mohamed" for "Mohammed", but a short word folds onto others
// ("MSS" onto "Ms"): up to three letters, only the word as written counts.
function isListed(list: ReadonlySet<string>, text: string, folded: string): boolean {
  return list.has(text) || (text.length > 3 && list.has(folded));
}

// A name made ready for comparison once, so that a watchlist can be compared with many
// entities without normalising either again: tokens with their kind, weight and keys.
import { COMMON_PERSON_NAMES, GENERIC_WORDS, STOP_WORDS, TITLE_WORDS } from './common-words.ts';
import type { LegalFormHit } from './legal-form-types.ts';
import { setAsideLegalForms } from './legal-forms.ts';
import { consonants, fold, skeleton } from './phonetic-key.ts';
import { hasWeakVowels, type Script } from './scripts.ts';
import { tokeniseName } from './tokenise-name.ts';

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
  return {
    name,
    tokens: tokens.map((t) => prepareToken(t.text, t.raw, t.script, rarity)),
    legalForms: forms,
  };
}

/** Returns one token with its kind, weight and comparison keys. */
export function prepareToken(text: string, raw: string, script: Script, rarity?: Rarity): PreparedToken {
  const folded = fold(text);
  const kind = kindOf(text, folded);
  const scale = rarity && (kind === 'word' || kind === 'person') ? rarity(folded) : 1;
  return {
    text,
    raw,
    script,
    kind,
    weight: KIND_WEIGHT[kind] * scale,
    penalty: KIND_PENALTY[kind],
    fold: folded,
    consonants: consonants(folded),
    skeleton: skeleton(text, script),
    weakVowels: hasWeakVowels(script),
  };
}

function kindOf(text: string, folded: string): TokenKind {
  if (STOPS.has(text)) return 'stop';
  if (text.length === 1 && /[a-z]/.test(text)) return 'initial';
  if (TITLES.has(folded)) return 'title';
  if (GENERIC.has(folded)) return 'generic';
  if (PERSON.has(folded)) return 'person';
  return 'word';
}

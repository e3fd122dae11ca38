// Company legal forms ("Co., Ltd.", "GmbH", "有限公司", "ООО") are recognised at the start or
// the end of a name and set aside: they say what kind of body it is, not which one.
import type { LegalFormHit } from './legal-form-types.ts';
import { LEGAL_FORM_ALIASES, LEGAL_FORM_TYPES } from './legal-forms-table.ts';
import type { NameToken } from './tokenise-name.ts';

const MAX_ALIAS_TOKENS = Math.max(1, ...Object.keys(LEGAL_FORM_ALIASES).map((k) => k.split(' ').length));

/** A name's tokens with its legal forms taken out, and the forms found. */
export interface LegalFormSplit {
  readonly tokens: readonly NameToken[];
  readonly forms: readonly LegalFormHit[];
}

/** Returns the tokens without the legal forms at either end, and the forms found (at least one token stays). */
export function setAsideLegalForms(tokens: readonly NameToken[]): LegalFormSplit {
  let rest = tokens;
  const forms: LegalFormHit[] = [];
  for (let found = true; found;) {
    found = false;
    const suffix = findAt(rest, 'end');
    if (suffix) {
      forms.unshift(suffix.hit);
      rest = rest.slice(0, rest.length - suffix.length);
      found = true;
    }
    const prefix = findAt(rest, 'start');
    if (prefix) {
      forms.unshift(prefix.hit);
      rest = rest.slice(prefix.length);
      found = true;
    }
  }
  return { tokens: rest, forms };
}

/** Returns the legal form a whole token sequence names, or null. */
export function legalFormOf(tokens: readonly NameToken[]): LegalFormHit | null {
  const index = LEGAL_FORM_ALIASES[tokens.map((t) => t.text).join(' ')];
  return index === undefined || !isWrittenAsForm(tokens) ? null : hitFor(index, tokens);
}

function findAt(
  tokens: readonly NameToken[],
  side: 'start' | 'end',
): { hit: LegalFormHit; length: number } | null {
  for (let len = Math.min(MAX_ALIAS_TOKENS, tokens.length - 1); len >= 1; len--) {
    const part = side === 'end' ? tokens.slice(tokens.length - len) : tokens.slice(0, len);
    const hit = legalFormOf(part);
    if (hit) return { hit, length: len };
  }
  return null;
}

// Short forms are also ordinary name parts. Two Latin letters (AG, SA, AO, NV: "Li Ao")
// count only when written as a form, in capitals or with dots; Cyrillic and Greek ones (ип,
// АО) as they come. From an abjad, three letters or fewer are a word's consonants, not a form
// ("الأسد" is "sd", not the SD of a company).
function isWrittenAsForm(tokens: readonly NameToken[]): boolean {
  const letters = tokens.reduce((n, t) => n + t.text.length, 0);
  if (tokens.some((t) => t.script === 'arabic' || t.script === 'hebrew')) return letters > 3;
  if (letters > 2) return true;
  if (tokens.every((t) => t.script === 'cyrillic' || t.script === 'greek')) return true;
  return tokens.every((t) => t.script === 'latin') && tokens.some((t) => t.dotted || isCapitals(t.raw));
}

function isCapitals(raw: string): boolean {
  return raw === raw.toUpperCase() && /[A-Z]/.test(raw);
}

function hitFor(index: number, tokens: readonly NameToken[]): LegalFormHit {
  const type = LEGAL_FORM_TYPES[index]!;
  return { text: tokens.map((t) => t.raw).join(' '), id: type.id, generic: type.generic };
}

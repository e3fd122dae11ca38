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

// Two-letter Latin forms (AG, SA, AO, NV) are also ordinary name parts ("Li Ao"); they
// count as a legal form only when written as one: in capitals or with dots.
function isWrittenAsForm(tokens: readonly NameToken[]): boolean {
  if (tokens.reduce((n, t) => n + t.text.length, 0) > 2 || tokens.some((t) => t.script !== 'latin'))
    return true;
  return tokens.some((t) => t.dotted || (t.raw === t.raw.toUpperCase() && /[A-Z]/.test(t.raw)));
}

function hitFor(index: number, tokens: readonly NameToken[]): LegalFormHit {
  const type = LEGAL_FORM_TYPES[index]!;
  return { text: tokens.map((t) => t.raw).join(' '), id: type.id, generic: type.generic };
}

// Whether what two names say about their bodies agrees: the legal form and the country.
// Both only count when both sides say something; silence is not disagreement.
import type { LegalFormHit } from './legal-form-types.ts';

export interface Agreement {
  readonly value: string;
  readonly contribution: number;
  readonly detail?: string;
}

// The same legal form adds a little; a different generic kind (a GmbH is not an AG) takes
// away as little: it may mean another entity of one group, or only another translation
// (股份有限公司, a joint-stock company, is usually rendered "Co., Ltd.").
const SAME_FORM = 0.05;
const OTHER_KIND = -0.05;
// Different countries on both sides is strong evidence of different bodies or people.
const SAME_COUNTRY = 0.05;
const OTHER_COUNTRY = -0.3;

/** Returns how the legal forms of two names agree, and what that adds to the score. */
export function compareLegalForms(a: readonly LegalFormHit[], b: readonly LegalFormHit[]): Agreement {
  if (a.length === 0 || b.length === 0)
    return { value: a.length + b.length === 0 ? 'none' : 'one side', contribution: 0 };
  const detail = `${a.map((f) => f.id).join('+')} / ${b.map((f) => f.id).join('+')}`;
  if (a.some((x) => b.some((y) => y.id === x.id))) return { value: 'same', contribution: SAME_FORM, detail };
  const kindsA = new Set(a.map((f) => f.generic).filter((g) => g !== null));
  const kindsB = new Set(b.map((f) => f.generic).filter((g) => g !== null));
  if ([...kindsA].some((k) => kindsB.has(k))) return { value: 'same kind', contribution: SAME_FORM, detail };
  if (kindsA.size > 0 && kindsB.size > 0) return { value: 'different', contribution: OTHER_KIND, detail };
  return { value: 'unknown kind', contribution: 0, detail };
}

/** Returns how the countries of two names agree, and what that adds to the score. */
export function compareCountries(a: readonly string[], b: readonly string[]): Agreement {
  const setA = new Set(a.map(normaliseCountry).filter((c) => c !== ''));
  const setB = new Set(b.map(normaliseCountry).filter((c) => c !== ''));
  if (setA.size === 0 || setB.size === 0) return { value: 'unknown', contribution: 0 };
  const detail = `${[...setA].join('+')} / ${[...setB].join('+')}`;
  if ([...setA].some((c) => setB.has(c))) return { value: 'same', contribution: SAME_COUNTRY, detail };
  return { value: 'different', contribution: OTHER_COUNTRY, detail };
}

function normaliseCountry(country: string): string {
  return country.trim().toLowerCase();
}

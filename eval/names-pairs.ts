// Builds the labelled name pairs of the name evaluation from ../shared/corpora/names/ and the
// lists in names-data.ts. Every pair says whether the two names mean the same person or body.
import { COMPANIES, PEOPLE, SHARED_WORD_PAIRS, TITLES_IN_SPELLINGS } from './names-data.ts';

export interface LabelledPair {
  readonly a: string;
  readonly b: string;
  readonly same: boolean;
  readonly category: string;
  /** False for pairs that no name matcher could label (reported, not scored). */
  readonly counted: boolean;
}

/** A legal form: rigour's aliases of one form. */
export interface FormAliases {
  readonly aliases: readonly string[];
}

/** Returns every labelled pair, positives first. */
export function buildPairs(
  spellings: readonly string[],
  forms: readonly FormAliases[],
  seed = 7,
): LabelledPair[] {
  const random = mulberry32(seed);
  return [
    ...allPairs(spellings).map(([a, b]) => pair(a, b, true, 'putin spellings')),
    ...Object.values(PEOPLE).flatMap((names) =>
      allPairs(names).map(([a, b]) => pair(a, b, true, 'other people, spellings')),
    ),
    ...COMPANIES.flatMap((c) =>
      allPairs(c.names).map(([a, b]) => pair(a, b, true, 'company full/short/other names')),
    ),
    ...COMPANIES.flatMap((c) =>
      (c.hard ?? []).flatMap((h) =>
        c.names.map((n) => pair(h, n, true, 'company names needing translation')),
      ),
    ),
    ...legalFormPairs(forms, random),
    ...putinVersusOthers(spellings),
    ...differentPeople(),
    ...SHARED_WORD_PAIRS.map(([a, b]) => pair(a, b, false, 'different bodies sharing generic words')),
    ...differentCompanies(),
    ...sameFormPairs(forms, random),
  ];
}

function pair(a: string, b: string, same: boolean, category: string, counted = true): LabelledPair {
  return { a, b, same, category, counted };
}

function allPairs<T>(items: readonly T[]): [T, T][] {
  const out: [T, T][] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) out.push([items[i]!, items[j]!]);
  return out;
}

// Forms with at least two aliases; for each company six forms, each giving "<name> <alias>"
// against "<name> <other alias>" and "<name> <alias>" against the bare name.
const FORMS_PER_COMPANY = 6;

function legalFormPairs(forms: readonly FormAliases[], random: () => number): LabelledPair[] {
  const usable = forms.filter((f) => f.aliases.length >= 2);
  return COMPANIES.flatMap((c) =>
    Array.from({ length: FORMS_PER_COMPANY }, () => {
      const form = pick(usable, random);
      const [x, y] = twoOf(form.aliases, random);
      return [
        pair(`${c.short} ${x}`, `${c.short} ${y}`, true, 'legal-form variants'),
        pair(`${c.short} ${x}`, c.short, true, 'legal-form variants'),
      ];
    }).flat(),
  );
}

function sameFormPairs(forms: readonly FormAliases[], random: () => number): LabelledPair[] {
  const usable = forms.filter((f) => f.aliases.length >= 1);
  return COMPANIES.flatMap((c, i) =>
    Array.from({ length: FORMS_PER_COMPANY }, () => {
      const other = COMPANIES[(i + 1 + Math.floor(random() * (COMPANIES.length - 1))) % COMPANIES.length]!;
      const alias = pick(pick(usable, random).aliases, random);
      return pair(
        `${c.short} ${alias}`,
        `${other.short} ${alias}`,
        false,
        'different companies, same legal form',
      );
    }),
  );
}

function putinVersusOthers(spellings: readonly string[]): LabelledPair[] {
  return spellings.flatMap((s) =>
    Object.entries(PEOPLE).flatMap(([key, names]) =>
      names.map((n) =>
        key === 'igorputin' && isSurnameOnly(s)
          ? pair(s, n, false, 'surname-only spelling vs another Putin', false)
          : pair(s, n, false, 'putin vs other people'),
      ),
    ),
  );
}

function isSurnameOnly(spelling: string): boolean {
  const words = spelling
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((w) => w !== '');
  return words.filter((w) => !TITLES_IN_SPELLINGS.includes(w)).length === 1;
}

function differentPeople(): LabelledPair[] {
  const groups = Object.values(PEOPLE);
  return allPairs(groups).flatMap(([x, y]) =>
    x.flatMap((a) => y.map((b) => pair(a, b, false, 'different people'))),
  );
}

function differentCompanies(): LabelledPair[] {
  return allPairs(COMPANIES).flatMap(([x, y]) =>
    x.names.flatMap((a) =>
      y.names.map((b) =>
        pair(a, b, false, sharesWord(a, b) ? 'different companies sharing a word' : 'different companies'),
      ),
    ),
  );
}

function sharesWord(a: string, b: string): boolean {
  const words = (s: string): string[] =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1);
  const inA = new Set(words(a));
  return words(b).some((w) => inA.has(w));
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function twoOf<T>(items: readonly T[], random: () => number): [T, T] {
  const i = Math.floor(random() * items.length);
  const j = (i + 1 + Math.floor(random() * (items.length - 1))) % items.length;
  return [items[i]!, items[j]!];
}

// A small seeded generator (mulberry32) so that every run builds the same pairs.
function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

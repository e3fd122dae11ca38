// Builds the labelled name pairs of the name evaluation from ../shared/corpora/names/ and the
// lists in names-data.ts (tuned on), names-fresh.ts (written after tuning, then looked at
// once and fixed against) and names-holdout.ts (written last, never tuned against). Every pair says whether the two names mean the same person or body.
import { COMPANIES, PEOPLE, SHARED_WORD_PAIRS, TITLES_IN_SPELLINGS, type Company } from './names-data.ts';
import { FRESH_COMPANIES, FRESH_PEOPLE, FRESH_SHARED_WORD_PAIRS } from './names-fresh.ts';
import { HOLDOUT_COMPANIES, HOLDOUT_PEOPLE, HOLDOUT_SHARED_WORD_PAIRS } from './names-holdout.ts';

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

/** People, companies and pairs of different bodies: one set of hand-written names. */
interface NameSet {
  readonly prefix: string;
  readonly people: Readonly<Record<string, readonly string[]>>;
  readonly companies: readonly Company[];
  readonly sharedWordPairs: ReadonlyArray<readonly [string, string]>;
}

const TUNING: NameSet = {
  prefix: '',
  people: PEOPLE,
  companies: COMPANIES,
  sharedWordPairs: SHARED_WORD_PAIRS,
};
const HOLDOUT: NameSet = {
  prefix: 'holdout: ',
  people: HOLDOUT_PEOPLE,
  companies: HOLDOUT_COMPANIES,
  sharedWordPairs: HOLDOUT_SHARED_WORD_PAIRS,
};
const FRESH: NameSet = {
  prefix: 'fresh: ',
  people: FRESH_PEOPLE,
  companies: FRESH_COMPANIES,
  sharedWordPairs: FRESH_SHARED_WORD_PAIRS,
};

/** Returns every labelled pair: the Putin spellings, the tuning, fresh and holdout sets, every alias. */
export function buildPairs(
  spellings: readonly string[],
  forms: readonly FormAliases[],
  seed = 7,
): LabelledPair[] {
  const random = mulberry32(seed);
  return [
    ...allPairs(spellings).map(([a, b]) => pair(a, b, true, 'putin spellings')),
    ...setPairs(TUNING, spellings, forms, random),
    ...setPairs(FRESH, spellings, forms, random),
    ...setPairs(HOLDOUT, spellings, forms, random),
    ...everyAliasPairs(forms),
  ];
}

function setPairs(
  set: NameSet,
  spellings: readonly string[],
  forms: readonly FormAliases[],
  random: () => number,
): LabelledPair[] {
  const p = set.prefix;
  return [
    ...Object.values(set.people).flatMap((names) =>
      allPairs(names).map(([a, b]) => pair(a, b, true, `${p}other people, spellings`)),
    ),
    ...set.companies.flatMap((c) =>
      allPairs(c.names).map(([a, b]) => pair(a, b, true, `${p}company full/short/other names`)),
    ),
    ...set.companies.flatMap((c) =>
      (c.hard ?? []).flatMap((h) =>
        c.names.map((n) => pair(h, n, true, `${p}company names needing translation`)),
      ),
    ),
    ...legalFormPairs(set, forms, random),
    ...putinVersusOthers(set, spellings),
    ...differentPeople(set),
    ...set.sharedWordPairs.map(([a, b]) => pair(a, b, false, `${p}different bodies sharing generic words`)),
    ...differentCompanies(set),
    ...sameFormPairs(set, forms, random),
  ];
}

// Every alias of every rigour legal form after one distinctive name, against the bare name
// and against another name with the same alias.
function everyAliasPairs(forms: readonly FormAliases[]): LabelledPair[] {
  const aliases = [...new Set(forms.flatMap((f) => f.aliases))];
  return aliases.flatMap((alias) => [
    pair(`Tianye ${alias}`, 'Tianye', true, 'every rigour alias: name + alias vs name'),
    pair(`Tianye ${alias}`, `Texhong ${alias}`, false, 'every rigour alias: two names, same alias'),
  ]);
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

function legalFormPairs(set: NameSet, forms: readonly FormAliases[], random: () => number): LabelledPair[] {
  const usable = forms.filter((f) => f.aliases.length >= 2);
  return set.companies.flatMap((c) =>
    Array.from({ length: FORMS_PER_COMPANY }, () => {
      const form = pick(usable, random);
      const [x, y] = twoOf(form.aliases, random);
      return [
        pair(`${c.short} ${x}`, `${c.short} ${y}`, true, `${set.prefix}legal-form variants`),
        pair(`${c.short} ${x}`, c.short, true, `${set.prefix}legal-form variants`),
      ];
    }).flat(),
  );
}

function sameFormPairs(set: NameSet, forms: readonly FormAliases[], random: () => number): LabelledPair[] {
  const usable = forms.filter((f) => f.aliases.length >= 1);
  const companies = set.companies;
  return companies.flatMap((c, i) =>
    Array.from({ length: FORMS_PER_COMPANY }, () => {
      const other = companies[(i + 1 + Math.floor(random() * (companies.length - 1))) % companies.length]!;
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

function putinVersusOthers(set: NameSet, spellings: readonly string[]): LabelledPair[] {
  return spellings.flatMap((s) =>
    Object.entries(set.people).flatMap(([key, names]) =>
      names.map((n) =>
        key === 'igorputin' && isSurnameOnly(s)
          ? pair(s, n, false, 'surname-only spelling vs another Putin', false)
          : pair(s, n, false, `${set.prefix}putin vs other people`),
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

function differentPeople(set: NameSet): LabelledPair[] {
  return allPairs(Object.values(set.people)).flatMap(([x, y]) =>
    x.flatMap((a) => y.map((b) => pair(a, b, false, `${set.prefix}different people`))),
  );
}

function differentCompanies(set: NameSet): LabelledPair[] {
  return allPairs(set.companies).flatMap(([x, y]) =>
    x.names.flatMap((a) =>
      y.names.map((b) =>
        pair(a, b, false, `${set.prefix}different companies${sharesWord(a, b) ? ' sharing a word' : ''}`),
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

// Seeded synthetic names for the matching benchmark: people (given name and surname made of
// syllables, some written in Cyrillic) and companies (distinctive words, generic words and a
// legal form), and watchlist names that are variants of some of them.

const SYLLABLES = (
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ' +
  'ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu sha shi cho chu ' +
  'an en in on ar er ir or ol el il ov ev in ik ek ak'
).split(' ');
const GIVEN = 'Vladimir Sergei Anna Maria Li Wei Ahmed John Olga Ivan Chen Fatima Pierre Hans Elena'.split(
  ' ',
);
const GENERIC =
  'Technology Trading Group Holdings International Digital Textile Energy Bank Industrial'.split(' ');
const FORMS = ['Co., Ltd.', 'Ltd', 'LLC', 'GmbH', 'AG', 'S.A.', 'PLC', 'Inc.', 'ООО', '有限公司'];
// Latin spellings to Cyrillic letters, longest first (a rough inverse of a romanisation).
const LATIN_TO_CYRILLIC: ReadonlyArray<readonly [string, string]> = (
  'shch:щ sh:ш ch:ч zh:ж kh:х ts:ц ya:я yu:ю ei:ей a:а b:б v:в g:г d:д e:е z:з i:и k:к l:л m:м ' +
  'n:н o:о p:п r:р s:с t:т u:у f:ф h:х c:к w:в j:дж y:й'
)
  .split(' ')
  .map((pair) => pair.split(':') as [string, string]);
const CYRILLIC_OF: ReadonlyMap<string, string> = new Map(LATIN_TO_CYRILLIC);
const CYRILLIC_PATTERN = new RegExp(LATIN_TO_CYRILLIC.map(([latin]) => latin).join('|'), 'g');

/** A seeded random generator (mulberry32), so every run generates the same names. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** Returns a made-up word of two to four syllables, capitalised. */
export function makeWord(random: () => number): string {
  const n = 2 + Math.floor(random() * 3);
  const word = Array.from({ length: n }, () => pick(SYLLABLES, random)).join('');
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Returns a person's or a company's name. */
export function makeName(random: () => number): string {
  if (random() < 0.5) return `${pick(GIVEN, random)} ${makeWord(random)}`;
  const words = [makeWord(random)];
  if (random() < 0.3) words.push(makeWord(random));
  if (random() < 0.7) words.push(pick(GENERIC, random));
  return `${words.join(' ')} ${pick(FORMS, random)}`;
}

/** Returns a spelling of the name another source might use: reordered, retyped, re-formed or in Cyrillic. */
export function makeVariant(name: string, random: () => number): string {
  const words = name.split(' ');
  const roll = random();
  if (roll < 0.25) return [...words].reverse().join(' ');
  if (roll < 0.5)
    return words.map((w) => (w.length > 6 && random() < 0.5 ? w.slice(0, 3) + w.slice(4) : w)).join(' ');
  if (roll < 0.75) return `${words.filter((w) => !FORMS.includes(w)).join(' ')} ${pick(FORMS, random)}`;
  return name.toLowerCase().replace(CYRILLIC_PATTERN, (m) => CYRILLIC_OF.get(m)!);
}

// The general vocabulary of the generated news: English function words in frequency order, then
// common news words, then a long tail of real English words from compromise's lexicon in a seeded
// order, all drawn with Zipf weights; plus pools of people, places and organisations for general
// news. A few thousand words, so that document frequencies run from "the" (every item) to words
// found in a handful of items.
import nlp from 'compromise';
import { randomFor, shuffled, zipfOf, type Zipf } from './random.ts';

const FUNCTION_WORDS = (
  'the of and to a in that is for it was on said with as he by at be from his have are an has not ' +
  'but they this were which been had its would who will or their after more also one about than up ' +
  'there two new year all out when can other first people over into last could we i some her she ' +
  'years what time only no just told so them us most if while three because said on against before ' +
  'since during such under between many may did should where those these being any week both now ' +
  'then very do through made each back how four still our off including according own per much'
).split(' ');

const NEWS_WORDS = (
  'government|officials|country|state|report|police|city|week|day|month|group|company|statement|' +
  'minister|world|public|national|local|million|billion|percent|number|according|announced|say|' +
  'support|news|security|home|family|international|law|plan|work|program|service|school|women|' +
  'health|members|foreign|part|case|area|information|system|power|question|water|money|issue|' +
  'business|community|president|research|military|political|economic|recent|major|former|senior|' +
  'official|told|reported|agency|department|region|border|rights|leaders|spokesman|spokeswoman|' +
  'interview|visit|meeting|decision|agreement|data|policy|pressure|concerns|response|measures|' +
  'efforts|crisis|threat|attack|killed|arrested|charged|accused|denied|confirmed|expected|warned|' +
  'called|added|noted|published|released|launched|reached|signed|approved|rejected|increase|' +
  'decline|rise|fall|record|deal|talks|control|access|online|media|journalists|newspaper|press'
).split('|');

const TAIL_TAGS = new Set([
  'Adjective',
  'Singular',
  'Plural',
  'Infinitive',
  'PastTense',
  'PresentTense',
  'Gerund',
  'Uncountable',
  'Noun',
]);
const TAIL_SIZE = 6000;

// The lexicon maps a word to one tag or a list of tags; sorted so the order never depends on
// the object's key order.
function lexiconEntries(): Array<[string, string[]]> {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return Object.entries(lexicon)
    .map(([word, tag]): [string, string[]] => [word, Array.isArray(tag) ? tag : tag.split(',')])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function tailWords(seed: number, known: ReadonlySet<string>): string[] {
  const words = lexiconEntries()
    .filter(
      ([word, tags]) =>
        tags.length === 1 &&
        TAIL_TAGS.has(tags[0] as string) &&
        /^[a-z]{3,14}$/.test(word) &&
        !known.has(word),
    )
    .map(([word]) => word);
  return shuffled(randomFor(seed, 1), words).slice(0, TAIL_SIZE);
}

function capitalised(word: string): string {
  return word.replace(
    /(^|[\s-])(\p{Ll})/gu,
    (_, space: string, letter: string) => space + letter.toUpperCase(),
  );
}

function entityPool(seed: number, tag: string, size: number): string[] {
  const names = lexiconEntries()
    .filter(([word, t]) => t.includes(tag) && /^[a-z][a-z .'-]+$/.test(word))
    .map(([word]) => capitalised(word));
  return shuffled(randomFor(seed, 2, tag.length), names).slice(0, size);
}

export interface Lexicon {
  /** Every general word, most frequent first, with Zipf weights. */
  readonly general: Zipf;
  /** The tail only (rare words), for substitutions in wire-copy edits. */
  readonly tail: readonly string[];
  readonly people: Zipf;
  readonly places: Zipf;
  readonly organisations: Zipf;
}

function peopleOf(seed: number): string[] {
  const first = [...entityPool(seed, 'FemaleName', 600), ...entityPool(seed, 'MaleName', 600)];
  const last = entityPool(seed, 'LastName', 800);
  const random = randomFor(seed, 3);
  return Array.from({ length: 3000 }, (_, i) => {
    const given = first[Math.floor(random() * first.length)] ?? 'Alex';
    return `${given} ${last[i % last.length] ?? 'Smith'}`;
  });
}

/** Returns the seeded general vocabulary and entity pools. */
export function buildLexicon(seed: number): Lexicon {
  const head = [...new Set([...FUNCTION_WORDS, ...NEWS_WORDS])];
  const tail = tailWords(seed, new Set(head));
  const places = [...entityPool(seed, 'Country', 200), ...entityPool(seed, 'City', 400)];
  return {
    general: zipfOf([...head, ...tail], 1.0, 2.7),
    tail,
    people: zipfOf(peopleOf(seed), 0.9, 10),
    places: zipfOf(shuffled(randomFor(seed, 4), places), 0.9, 5),
    organisations: zipfOf(entityPool(seed, 'Organization', 350), 0.9, 5),
  };
}

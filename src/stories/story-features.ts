// What the clusterer compares: content-word stems, name keys and headline words of one
// document, each with a raw weight (inverse document frequency comes later, since it changes
// as documents arrive), plus the when-and-how-many signals of its text.
import type { StoryDocument } from '../model/story.ts';
import { findCapitalisedPhrases } from './capitalised-phrases.ts';
import { isStopword } from './stopwords.ts';
import { findCitedNumbers, findDateMonths, findLatestYear, findLead, findWeekdays } from './text-signals.ts';
import { normaliseWord, tokenizeWords } from './text-tokens.ts';
import { stemWord } from './word-stem.ts';

export type TermWeights = ReadonlyMap<string, number>;

export interface StoryFeatures {
  /** Content-word stems of title and text. */
  readonly words: TermWeights;
  /** Name keys: given entity keys, else capitalised phrases, and each of their words. */
  readonly names: TermWeights;
  /** Content-word stems of the title and the lead sentence: what the event is. */
  readonly headline: TermWeights;
  /** The latest year the text mentions (a coarse "when" for undated items). */
  readonly year: number | null;
  /** Numbers cited anywhere in the text, years excepted. */
  readonly numbers: ReadonlySet<string>;
  /** Numbers cited in the title and lead: the figures that define the event ("23 pirates"). */
  readonly leadNumbers: ReadonlySet<string>;
  /** Weekdays named in the title and lead ("on Saturday"): when it happened. */
  readonly leadWeekdays: ReadonlySet<string>;
  /** Months of the dates the text writes ("Dec. 11", "May 3, 2013"). */
  readonly dateMonths: ReadonlySet<string>;
}

export interface FeatureOptions {
  /** How many times a title word counts, relative to a body word. */
  readonly titleWeight: number;
}

/** Returns the features of doc. */
export function extractStoryFeatures(doc: StoryDocument, options: FeatureOptions): StoryFeatures {
  const lead = findLead(doc.text);
  const head = `${doc.title}\n${lead}`;
  const all = `${doc.title}\n${doc.text}`;
  return {
    words: dampen(countWords([doc.title, options.titleWeight], [doc.text, 1])),
    names: dampen(countNames(doc.entities ?? findCapitalisedPhrases(doc.text, doc.title))),
    headline: dampen(countWords([doc.title, 1], [lead, 1])),
    year: findLatestYear(all),
    numbers: findCitedNumbers(all),
    leadNumbers: findCitedNumbers(head),
    leadWeekdays: findWeekdays(head),
    dateMonths: findDateMonths(all),
  };
}

function countWords(...parts: ReadonlyArray<readonly [text: string, weight: number]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [text, weight] of parts) {
    for (const token of tokenizeWords(text)) {
      const word = normaliseWord(token.text);
      if (word.length < 2 || isStopword(word) || /^\d$/.test(word)) continue;
      const stem = stemWord(word);
      counts.set(stem, (counts.get(stem) ?? 0) + weight);
    }
  }
  return counts;
}

// A phrase also counts through its words: later mentions often use the surname alone.
function countNames(keys: readonly string[]): Map<string, number> {
  const names = new Map<string, number>();
  const bump = (k: string) => names.set(k, (names.get(k) ?? 0) + 1);
  for (const key of keys) {
    const words = key
      .split(/\s+/)
      .map(normaliseWord)
      .filter((w) => w.length > 1 && !isStopword(w));
    if (words.length > 1) bump(words.join(' '));
    for (const w of words) bump(w);
  }
  return names;
}

// Sublinear term frequency: the tenth mention of a word says less than the second.
function dampen(counts: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [term, n] of counts) out.set(term, 1 + Math.log(n));
  return out;
}

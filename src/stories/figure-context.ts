// What surrounds a quantity: whether it is a date, a time, an age, a year or a page number
// (not a claim), the hedge in front of it, and the noun phrase it counts.
import type { FigureQualifier } from '../model/story.ts';
import type { Quantity } from './figure-quantities.ts';
import { isStopword } from './stopwords.ts';

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const LABEL_BEFORE =
  /(?:\b(?:page|pages|pp?|p|chapter|article|section|paragraph|clause|no|number|room|flight|route|aged?)\.?\s*|[/:])$/iu;
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\s*(?:the\s+)?$`, 'iu');
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s*(?:of\s+)?${MONTH}(?![a-z])`, 'iu');
const NOT_A_CLAIM_AFTER =
  /^(?:\s*(?:st|nd|rd|th)\b|\s*[/:]\s*\d|\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|bst|est|o'clock)(?![a-z])|-?\s*(?:page|year|month|week|day|hour|minute|second)s?[-\s]old|-(?:page|pages|year|month|week|day|hour|minute)\b|s\b|\s+years?\s+old\b)/iu;

/** Returns true when q is a date, time, age, year, page or label number rather than a claim. */
export function isNotAClaim(text: string, q: Quantity): boolean {
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  const after = text.slice(q.end, q.end + 24);
  if (NOT_A_CLAIM_AFTER.test(after) || MONTH_AFTER.test(after) || MONTH_BEFORE.test(before)) return true;
  if (q.isBareDigits && /^(?:19|20)\d\d$/.test(q.text)) return true;
  return q.isBareDigits && LABEL_BEFORE.test(before);
}

const HEDGES: ReadonlyArray<readonly [RegExp, FigureQualifier]> = [
  [/\b(?:at least|no fewer than|no less than|a minimum of)$/iu, 'at least'],
  [/\b(?:more than|over|in excess of|upwards of|above|exceeding)$/iu, 'more than'],
  [/\b(?:as many as|as much as)$/iu, 'as many as'],
  [/\b(?:up to|at most|no more than|a maximum of|not more than)$/iu, 'up to'],
  [/\b(?:fewer than|less than|under|below)$/iu, 'fewer than'],
  [
    /\b(?:about|around|approximately|roughly|some|an estimated|estimated|nearly|almost|close to|an|about)$/iu,
    'about',
  ],
  [/\b(?:exactly|precisely)$/iu, 'exactly'],
];

/** Returns the hedge right before position start in text, with where it begins, or null. */
export function findHedge(
  text: string,
  start: number,
): { readonly hedge: string; readonly qualifier: FigureQualifier; readonly start: number } | null {
  const before = text.slice(Math.max(0, start - 24), start).replace(/\s+$/u, '');
  for (const [pattern, qualifier] of HEDGES) {
    const m = pattern.exec(before);
    if (m === null || (qualifier === 'about' && m[0].toLowerCase() === 'an')) continue;
    const hedgeStart = start - (text.slice(Math.max(0, start - 24), start).length - m.index);
    return { hedge: m[0], qualifier, start: hedgeStart };
  }
  return null;
}

// Participles that make the count a claim about an event: "10 people killed".
const PARTICIPLES = new Set(
  'killed dead died injured wounded hurt detained arrested held interned imprisoned jailed sentenced displaced missing deported executed tortured sterilised sterilized affected evacuated'.split(
    ' ',
  ),
);
// Words that end the counted phrase even though they are not function words.
const BREAKERS = new Set('who which that whose where when while including such'.split(' '));
const TIME_UNITS =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|am|pm)$/iu;
const WORD = /^[\s]*(?:(?:the|a|an)\s+)?([\p{L}][\p{L}\p{M}'’-]*)/u;
const MAX_WORDS = 4;
const MEASURES =
  /^(?:tonnes?|tons?|kilo(?:gram)?s?|kg|grammes?|grams?|hectares?|acres?|barrels?|lit(?:re|er)s?|met(?:re|er)s?|km|kilomet(?:re|er)s?|miles?|bales?|square)$/iu;

/**
 * Returns the noun phrase a quantity counts, starting at position from: up to four words
 * that are not function words, then a participle such as "killed". After "of" for percents
 * and vague amounts ("84% of China's cotton exports", "dozens of people").
 */
export function findCounted(
  text: string,
  from: number,
  allowOf: boolean,
): { readonly counted: string; readonly end: number } | null {
  let at = from;
  const ofMatch = /^\s+of\s+/iu.exec(text.slice(at, at + 8));
  if (ofMatch !== null) {
    if (!allowOf) return null;
    at += ofMatch[0].length;
  }
  const words: Array<{ word: string; end: number }> = [];
  while (words.length < MAX_WORDS) {
    const m = WORD.exec(text.slice(at, at + 60));
    if (m === null || m[1] === undefined) break;
    const word = m[1];
    const lower = word.toLowerCase().replace(/['’]s$/u, '');
    if (BREAKERS.has(lower) || (isStopword(lower) && lower !== 'people') || PARTICIPLES.has(lower)) break;
    // After the first word, an -ed word is a verb: "three indexes provided by MSCI".
    if (words.length > 0 && /ed$/u.test(lower)) break;
    if (
      words.length === 0 &&
      m[0].trimStart() !== word &&
      /^(?:the|a|an)\s/iu.test(m[0].trimStart()) &&
      ofMatch === null
    )
      break;
    words.push({ word, end: at + m[0].length });
    at += m[0].length;
    // A plural is the head of the phrase; what follows it is the verb: "three indexes include".
    if (isPlural(lower)) break;
  }
  // "5 million tonnes of cotton": a unit of measure counts what comes after its "of".
  const measureOf = /^\s+of\s+/iu.exec(text.slice(at, at + 8));
  if (words.length === 1 && MEASURES.test(words[0]?.word ?? '') && measureOf !== null) {
    const rest = findCounted(text, at, true);
    if (rest !== null)
      return {
        counted: `${text.slice(text.slice(from).search(/[\p{L}]/u) + from, at)} of ${rest.counted}`,
        end: rest.end,
      };
  }
  const bare = /^\s+([\p{L}]+)/u.exec(text.slice(at, at + 20))?.[1];
  if (words.length === 0 && bare !== undefined && PARTICIPLES.has(bare.toLowerCase())) {
    return { counted: bare, end: text.indexOf(bare, at) + bare.length };
  }
  if (words.length === 0 || TIME_UNITS.test(words[0]?.word ?? '')) return null;
  const participle = /^\s+([\p{L}]+)/u.exec(text.slice(at, at + 20));
  if (participle?.[1] !== undefined && PARTICIPLES.has(participle[1].toLowerCase())) {
    words.push({ word: participle[1], end: at + participle[0].length });
  }
  const startOfPhrase = text.slice(from).search(/[\p{L}]/u) + from;
  const end = words[words.length - 1]?.end ?? from;
  const counted = text
    .slice(ofMatch === null ? startOfPhrase : from + ofMatch[0].length, end)
    .trim()
    .replace(/^(?:the|a|an)\s+/iu, '');
  return { counted, end };
}

const IRREGULAR_PLURALS = new Set('people police children men women'.split(' '));

function isPlural(word: string): boolean {
  return IRREGULAR_PLURALS.has(word) || (word.length > 3 && /s$/u.test(word) && !/(?:ss|us|is)$/u.test(word));
}

const NOUN_OF_BEFORE = /([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*)?)\s+of\s+$/u;

/** Returns the noun a quantity is "of" when it comes first: "a death toll of 10" → "death toll". */
export function findCountedBefore(
  text: string,
  start: number,
): { readonly counted: string; readonly start: number } | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = NOUN_OF_BEFORE.exec(before);
  if (m?.[1] === undefined) return null;
  const words = m[1].split(/\s+/u).filter((w) => !isStopword(w.toLowerCase()));
  if (words.length === 0) return null;
  const counted = words.join(' ');
  return { counted, start: start - before.length + m.index + m[1].lastIndexOf(words[0] ?? '') };
}

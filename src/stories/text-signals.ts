// Small signals beyond words: the years a text mentions, the numbers it cites, the weekdays
// it names, the months of the dates it writes, and its lead (the first sentence with real
// content, past bylines and datelines).
import { isStopword } from './stopwords.ts';
import { splitSentences } from './text-sentences.ts';
import { normaliseWord, tokenizeWords } from './text-tokens.ts';

const YEAR = /^(19|20)\d\d$/;
const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/giu;

// A lead needs this many content words; shorter lines are bylines, datelines, captions.
const LEAD_MIN_WORDS = 5;

/** Returns the latest year (1900–2099) written in text, or null when there is none. */
export function findLatestYear(text: string): number | null {
  let latest: number | null = null;
  for (const t of tokenizeWords(text)) {
    if (!YEAR.test(t.text)) continue;
    const year = Number(t.text);
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}

/** Returns the numbers of two or more characters in text that are not years ("23", "5.6", "160"). */
export function findCitedNumbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenizeWords(text)) {
    const n = t.text.replace(/,/g, '');
    if (/^\d+(\.\d+)?$/.test(n) && n.length >= 2 && !YEAR.test(n)) out.add(n);
  }
  return out;
}

/** Returns the weekdays named in text, lower case ("saturday"). */
export function findWeekdays(text: string): Set<string> {
  return new Set((text.match(WEEKDAY) ?? []).map((w) => w.toLowerCase()));
}

/** Returns the first sentence of text with enough content words to say what happened. */
export function findLead(text: string): string {
  for (const s of splitSentences(text)) {
    const content = tokenizeWords(s.text).filter(
      (t) => /\p{L}{2}/u.test(t.text) && !isStopword(normaliseWord(t.text)),
    );
    if (content.length >= LEAD_MIN_WORDS) return s.text;
  }
  return '';
}

// A month name followed by a day or a comma is a date ("Dec. 11", "May 03, 2013"); "may" alone is not.
const DATE_MONTH =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\.?(?=\s+\d|\s*,)/giu;

/** Returns the months of the dates written in text, as "jan" to "dec". */
export function findDateMonths(text: string): Set<string> {
  return new Set([...text.matchAll(DATE_MONTH)].map((m) => (m[1] ?? '').toLowerCase()));
}
